"""Storage: SQLite (embedded default) or PostgreSQL, behind repositories that speak the domain.

Start-up: ``target = db.engine.resolve_database_target(district=..., cli_url=..., config_url=...)``,
then ``database = db.database.Database.open(target)`` (migrates when behind). Work:
``with database.unit_of_work() as work: work.escalations.log(...); work.outbox.enqueue(...)``;
reads: ``with database.reading() as work: work.live_records.load(clock.now())``. Live updates:
``feed = database.change_feed(); feed.subscribe(Topic.ESCALATIONS, callback); feed.start()``.
"""
