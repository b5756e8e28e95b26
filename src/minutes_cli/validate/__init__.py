"""Validate minutes (and blank templates) against template profiles.

from minutes_cli.validate import validate_file
for d in validate_file("zapis.txt", profile="working-group"):
    print(d.line, d.code, d.message)
"""

from minutes_cli.validate.engine import (
    FileResult,
    as_records,
    check_record_file,
    exit_code,
    run_rules,
    validate_file,
    validate_files,
)
from minutes_cli.validate.profiles import Profile, load_profile

__all__ = [
    "FileResult",
    "Profile",
    "as_records",
    "check_record_file",
    "exit_code",
    "load_profile",
    "run_rules",
    "validate_file",
    "validate_files",
]
