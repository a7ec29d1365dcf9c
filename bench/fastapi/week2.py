"""Week 2 of the FastAPI course: a path parameter, a query parameter and a pydantic body.

The Item model is the course's original (name and price, no further rules). The Java week 2
also checks the name's length and that the price is not negative, which costs little.
"""

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    price: float


@app.get("/")
def root():
    return {"message": "Hello World"}


@app.get("/items/{item_id}")
def read_item(item_id: int):
    return {"item_id": item_id}


@app.get("/items")
def list_items(limit: int = 10):
    return {"limit": limit}


@app.post("/items")
def create_item(item: Item):
    return item
