"""The config schema and config/config.yaml must agree, as in PyPSA-Eur."""

from __future__ import annotations

import jsonschema
import pytest
import yaml

from conftest import REPO

SCHEMA = yaml.safe_load((REPO / "workflow" / "schemas" / "config.schema.yaml").read_text())
CONFIG = yaml.safe_load((REPO / "config" / "config.yaml").read_text())


def test_default_config_is_valid():
    jsonschema.validate(CONFIG, SCHEMA)


def test_every_key_has_a_schema_default_equal_to_the_config():
    props = SCHEMA["properties"]
    assert set(CONFIG) == set(props), "config.yaml and the schema list different keys"
    for key, value in CONFIG.items():
        assert props[key].get("default") == value, f"schema default of {key!r} differs from config.yaml"
        assert props[key].get("description"), f"{key!r} has no description in the schema"


@pytest.mark.parametrize("bad", [{"shards": 0}, {"shards": "4"}, {"raw_dir": ""}, {"unknown_key": 1}])
def test_bad_config_is_rejected(bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**CONFIG, **bad}, SCHEMA)
