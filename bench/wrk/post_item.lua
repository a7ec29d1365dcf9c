-- Sends the week 2 body that the course uses as its example: a notebook at 5.99.
wrk.method = "POST"
wrk.body = '{"name": "Notebook", "price": 5.99}'
wrk.headers["Content-Type"] = "application/json"
