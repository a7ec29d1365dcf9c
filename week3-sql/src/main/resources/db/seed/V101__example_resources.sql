-- Example rows for the run command; the tests start from empty tables instead.
INSERT INTO resources (name, category, description)
VALUES ('City Food Bank', 'Food', 'Free weekly groceries for families.');

INSERT INTO resources (name, category, description)
VALUES ('Bright Futures Tutoring', 'Education', 'After-school tutoring for grades 6 to 12.');

INSERT INTO resources (name, category, description)
VALUES ('Eastside Community Clinic', 'Health', 'Walk-in checkups on weekday mornings.');
