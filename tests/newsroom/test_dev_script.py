import importlib.util
import subprocess
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[2]


def load_dev_script():
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "scripts" / "dev.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_manage_finds_files_named_relative_to_the_callers_directory(tmp_path, monkeypatch):
    dev = load_dev_script()
    (tmp_path / "story.txt").write_text("Headline\n\nBody.")
    monkeypatch.chdir(tmp_path)
    seen = {}

    def run_manage_py(command, **options):
        manage_py, *args = command[1:]
        seen["manage.py"] = Path(manage_py)
        seen["file found"] = (Path(options.get("cwd") or Path.cwd()) / args[-1]).is_file()
        return subprocess.CompletedProcess(command, 0)

    with (
        mock.patch.object(dev, "ensure_venv", return_value=Path("python")),
        mock.patch.object(dev.subprocess, "run", side_effect=run_manage_py),
    ):
        assert dev.manage_command(["import_wire", "--desk", "world", "--author", "reporter", "story.txt"]) == 0

    assert seen == {"manage.py": ROOT / "manage.py", "file found": True}
