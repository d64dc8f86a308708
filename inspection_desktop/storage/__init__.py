"""Local store: sqlmodel models, engine, migrations and the services over them."""
