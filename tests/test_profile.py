"""The municipality profile and the servers' passwords: the file keeps endpoints, the keyring keeps secrets."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import pytest
import trustme
from keyring.backends.fail import Keyring as NoKeyring

from lokalraad_app.services.bundle import AppServices, open_services
from lokalraad_app.services.errors import ValidationError
from lokalraad_app.services.profile import CredentialError

GOOD = {
    "municipality": "Holbæk Kommune",
    "contact_email": "lokalraad@holb.dk",
    "smtp": {"host": "smtp.holb.dk", "port": 587, "security": "starttls", "username": "skovby", "from": "skovby@lokalraad.dk"},
    "caldav": {"url": "https://kalender.holb.dk/dav/", "username": "skovby"},
    "webdav": {"url": "https://deling.holb.dk/remote.php/dav/files/skovby/", "username": "skovby"},
}


def refused(services: AppServices, data: object) -> ValidationError:
    with pytest.raises(ValidationError) as e:
        services.profiles.import_text(json.dumps(data), Path("."))
    assert services.profiles.profile().smtp is None  # nothing stored
    return e.value


def test_a_good_profile_is_kept_in_the_council_file(services: AppServices, council_file: Path) -> None:
    services.profiles.import_text(json.dumps(GOOD), Path("."))
    services.close()
    again = open_services(council_file, backup=False)
    try:
        p = again.profiles.profile()
    finally:
        again.close()
    assert p.municipality == "Holbæk Kommune" and p.contact_email == "lokalraad@holb.dk"
    assert p.smtp is not None and (p.smtp.host, p.smtp.port, p.smtp.security, p.smtp.from_address) == (
        "smtp.holb.dk", 587, "starttls", "skovby@lokalraad.dk")
    assert p.webdav is not None and p.webdav.url.startswith("https://deling.holb.dk/")


@pytest.mark.parametrize(("change", "key", "words"), [
    (lambda d: d["smtp"].update(pasword="x"), "smtp.pasword", "must not hold a password"),
    (lambda d: d["smtp"].update(password="hemmelig"), "smtp.password", "must not hold a password"),
    (lambda d: d.update(token="abc"), "token", "must not hold a password"),
    (lambda d: d.update(kontakt="x"), "kontakt", "is not a key"),
    (lambda d: d["caldav"].update(sti="/x"), "caldav.sti", "is not a key"),
    (lambda d: d["smtp"].update(port="587"), "smtp.port", "must be a whole number"),
    (lambda d: d["smtp"].update(port=True), "smtp.port", "must be a whole number"),
    (lambda d: d["smtp"].update(port=70000), "smtp.port", "from 1 to 65535"),
    (lambda d: d["smtp"].update(security="ssl"), "smtp.security", "starttls, tls, none"),
    (lambda d: d.update(smtp="smtp.holb.dk"), "smtp", "must be an object"),
    (lambda d: d["smtp"].pop("host"), "smtp.host", "is missing"),
    (lambda d: d["smtp"].update({"from": "ikke en adresse"}), "smtp.from", "not a valid email"),
    (lambda d: d["webdav"].update(url="deling.holb.dk"), "webdav.url", "https://"),
    (lambda d: d.update(ca_file="findes-ikke.pem"), "ca_file", "not a readable CA certificate"),
])
def test_a_bad_profile_is_refused_naming_the_key(services: AppServices, change, key: str, words: str) -> None:
    data = json.loads(json.dumps(GOOD))
    change(data)
    error = refused(services, data)
    assert error.field == key
    assert f'"{key}"' in error.message and words in error.message
    assert "hemmelig" not in error.message  # a refused secret is not repeated back


def test_a_profile_that_is_not_json_is_refused(services: AppServices) -> None:
    with pytest.raises(ValidationError, match="not valid JSON"):
        services.profiles.import_text('{"municipality": ', Path("."))


def test_the_ca_file_is_read_beside_the_profile_and_kept_absolute(services: AppServices, tmp_path: Path) -> None:
    trustme.CA().cert_pem.write_to_path(str(tmp_path / "ca.pem"))
    (tmp_path / "profil.json").write_text(json.dumps({**GOOD, "ca_file": "ca.pem"}), encoding="utf-8")
    services.profiles.import_file(tmp_path / "profil.json")
    assert services.profiles.profile().ca_file == str(tmp_path / "ca.pem")


def test_passwords_go_to_the_keyring_never_the_file(services: AppServices, council_file: Path, memory_keyring) -> None:
    services.profiles.import_text(json.dumps(GOOD), Path("."))
    services.profiles.set_password("smtp", "Æbleø-å 1")
    services.profiles.set_password("webdav", "dav-kodeord-æ")
    assert services.profiles.password("smtp") == "Æbleø-å 1"
    assert services.profiles.password("caldav") is None
    assert set(memory_keyring.secrets) == {("Lokalråd", "smtp:skovby@smtp.holb.dk"),
                                           ("Lokalråd", "webdav:skovby@deling.holb.dk")}
    services.close()
    for path in council_file.parent.glob("council.sqlite*"):
        assert "Æbleø-å 1".encode() not in path.read_bytes() and b"dav-kodeord" not in path.read_bytes()


def test_a_password_without_a_server_in_the_profile_is_refused(services: AppServices, memory_keyring) -> None:
    with pytest.raises(ValidationError, match="names no smtp server"):
        services.profiles.set_password("smtp", "x")
    assert memory_keyring.secrets == {}


def test_no_secure_keyring_is_said_not_worked_around(services: AppServices) -> None:
    services.profiles.import_text(json.dumps(GOOD), Path("."))
    keyring.set_keyring(NoKeyring())
    with pytest.raises(CredentialError, match="ingen sikker nøglering"):
        services.profiles.set_password("smtp", "x")


def test_without_a_keyring_a_password_can_serve_this_session_only(services: AppServices, council_file: Path) -> None:
    services.profiles.import_text(json.dumps(GOOD), Path("."))
    keyring.set_keyring(NoKeyring())
    with pytest.raises(CredentialError):
        services.profiles.password("smtp")  # no keyring, nothing for this session: said, not guessed
    services.profiles.use_for_session("smtp", "Kun-i-dag-æøå")
    assert services.profiles.password("smtp") == "Kun-i-dag-æøå"
    services.close()
    again = open_services(council_file, backup=False)
    try:
        with pytest.raises(CredentialError):
            again.profiles.password("smtp")  # the next start asks again
    finally:
        again.close()
    files = [p for p in council_file.parent.rglob("*") if p.is_file()]
    assert all(b"Kun-i-dag" not in p.read_bytes() for p in files)
