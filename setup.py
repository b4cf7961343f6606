"""Only what pyproject.toml cannot say: resources/ (top level) installs as dialogue_planner.resources,
so importlib.resources finds it from a wheel, an editable install and a frozen bundle alike."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["dialogue_planner", "dialogue_planner.*"]) + ["dialogue_planner.resources"],
    package_dir={"dialogue_planner.resources": "resources"},
)
