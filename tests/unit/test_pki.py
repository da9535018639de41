from __future__ import annotations

import ipaddress
import stat
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from dotop_nb.localcluster import pki


def test_certificates_chain_to_the_ca_with_the_names_components_need(tmp_path: Path) -> None:
    files = pki.create(tmp_path / "pki")
    ca = x509.load_pem_x509_certificate(files.ca_cert.read_bytes())
    serving = x509.load_pem_x509_certificate(files.serving_cert.read_bytes())
    admin = x509.load_pem_x509_certificate(files.admin_cert.read_bytes())

    for cert in (serving, admin):
        cert.verify_directly_issued_by(ca)
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca

    sans = serving.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "kubernetes.default.svc" in sans.get_values_for_type(x509.DNSName)
    assert "localhost" in sans.get_values_for_type(x509.DNSName)
    assert ipaddress.ip_address("127.0.0.1") in sans.get_values_for_type(x509.IPAddress)
    usage = serving.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.SERVER_AUTH in usage

    orgs = admin.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    assert [o.value for o in orgs] == ["system:masters"]


def test_private_keys_are_owner_only(tmp_path: Path) -> None:
    files = pki.create(tmp_path / "pki")
    for key in (files.ca_key, files.serving_key, files.admin_key, files.sa_key):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600, key
    assert stat.S_IMODE((tmp_path / "pki").stat().st_mode) == 0o700


def test_service_account_key_pair_matches(tmp_path: Path) -> None:
    files = pki.create(tmp_path / "pki")
    private = serialization.load_pem_private_key(files.sa_key.read_bytes(), password=None)
    public = serialization.load_pem_public_key(files.sa_pub.read_bytes())
    assert isinstance(private, ec.EllipticCurvePrivateKey)
    assert isinstance(public, ec.EllipticCurvePublicKey)
    assert private.public_key().public_numbers() == public.public_numbers()
