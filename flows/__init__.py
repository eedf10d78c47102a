"""Prefect flows and the `cnht` command line. Importing this package sets Prefect's quiet local defaults."""

from flows import prefect_env

prefect_env.configure()
