"""The real local control plane: etcd, kube-apiserver, kube-controller-manager, kube-scheduler and
kwok on loopback, built from pinned Go modules (see ``binaries``) and run without containers."""

from dotop_nb.localcluster.binaries import build, find
from dotop_nb.localcluster.launcher import ComponentStatus, LocalCluster

__all__ = ["ComponentStatus", "LocalCluster", "build", "find"]
