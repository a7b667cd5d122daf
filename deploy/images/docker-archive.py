#!/usr/bin/env python3
"""Wraps a root file system tarball as a one-layer image in docker-archive format (what `docker save` writes and
Jib reads as a tar:// base image), every timestamp at SOURCE_DATE_EPOCH so the same layer gives the same bytes.

    docker-archive.py LAYER.tar OUT.tar REPO:TAG
"""
import hashlib
import io
import json
import os
import sys
import tarfile

layer_path, out_path, repo_tag = sys.argv[1:4]
epoch = int(os.environ.get("SOURCE_DATE_EPOCH", "0"))
created = "1970-01-01T00:00:00Z"

digest = hashlib.sha256()
with open(layer_path, "rb") as layer:
    for chunk in iter(lambda: layer.read(1 << 20), b""):
        digest.update(chunk)
diff_id = "sha256:" + digest.hexdigest()

config = json.dumps({
    "architecture": "amd64",
    "os": "linux",
    "created": created,
    "config": {
        "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "LANG=C.UTF-8"],
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created": created, "created_by": "deploy/images/base-image (mmdebstrap, Debian bookworm, openjdk-17-jre-headless)"}],
}, sort_keys=True, separators=(",", ":")).encode()
config_name = hashlib.sha256(config).hexdigest() + ".json"
layer_name = diff_id[len("sha256:"):] + "/layer.tar"
manifest = json.dumps([{"Config": config_name, "RepoTags": [repo_tag], "Layers": [layer_name]}],
                      separators=(",", ":")).encode()


def entry(name, size, mode=0o644, kind=tarfile.REGTYPE):
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.type, info.mtime = size, mode, kind, epoch
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


with tarfile.open(out_path + ".part", "w", format=tarfile.PAX_FORMAT) as out:
    out.addfile(entry(diff_id[len("sha256:"):], 0, 0o755, tarfile.DIRTYPE))
    with open(layer_path, "rb") as layer:
        out.addfile(entry(layer_name, os.path.getsize(layer_path)), layer)
    out.addfile(entry(config_name, len(config)), io.BytesIO(config))
    out.addfile(entry("manifest.json", len(manifest)), io.BytesIO(manifest))
os.replace(out_path + ".part", out_path)
