"""Only what pyproject.toml cannot say: resources/ (top level) installs as dialogue_planner.resources,
so importlib.resources finds it from a wheel, an editable install and a frozen bundle alike. Data
folders (fonts/, migrations/versions/ ...) are listed as namespace packages so setuptools ships them
without warning."""

from setuptools import find_namespace_packages, setup

SKIP = ["*__pycache__*"]
code = find_namespace_packages(include=["dialogue_planner", "dialogue_planner.*"], exclude=SKIP)
data = ["dialogue_planner.resources"] + [
    f"dialogue_planner.resources.{name}" for name in find_namespace_packages(where="resources", exclude=SKIP)
]

setup(packages=code + data, package_dir={"dialogue_planner.resources": "resources"})
