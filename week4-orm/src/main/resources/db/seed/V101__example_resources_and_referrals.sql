-- Example rows for the run command; the tests start from empty tables instead. The ids come from the SERIAL
-- sequences, so rows that Hibernate inserts later get the next ids and never collide with these.
INSERT INTO resources (name, category, address, contact_email)
VALUES ('City Food Bank', 'Food', '123 Main St', 'help@cityfoodbank.org');

INSERT INTO resources (name, category, address, contact_email)
VALUES ('Bright Futures Tutoring', 'Education', '45 College Ave', 'info@brightfutures.org');

INSERT INTO referrals (family_name, resource_id, referral_date, notes)
SELECT 'name1', id, DATE '2026-04-01', 'note1' FROM resources WHERE name = 'City Food Bank';

INSERT INTO referrals (family_name, resource_id, referral_date, notes)
SELECT 'name2', id, DATE '2026-04-02', 'note2' FROM resources WHERE name = 'Bright Futures Tutoring';
