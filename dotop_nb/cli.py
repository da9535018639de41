"""The ``dotop-nb`` command line.

Exit codes (each reason its own; see docs/cli.md):

====  =====================================================================
0     done
2     bad input or settings (nothing was changed)
10    the local control plane could not be built, started, stopped or read
130   interrupted
====  =====================================================================
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from dotop_nb import __version__
from dotop_nb.errors import DotopError

EXIT_OK = 0
EXIT_INTERRUPTED = 130


def _cluster(args: argparse.Namespace) -> int:
    from dotop_nb.localcluster import LocalCluster, binaries

    cluster = LocalCluster.default(args.name)
    if args.action == "build":
        _, seconds = binaries.build(force=args.force)
        where = binaries.cache_dir()
        print(f"binaries ready in {where}" + (f" (built in {seconds:.0f}s)" if seconds else ""))
    elif args.action == "up":
        state = cluster.up(apiserver_port=args.port, timeout=args.timeout)
        print(
            f"local cluster {cluster.name!r} is up at {state.server} ({state.ready_seconds:.1f}s)"
        )
        print(f"export KUBECONFIG={state.kubeconfig}")
    elif args.action == "down":
        stopped = cluster.down(keep_state=args.keep_state)
        print(f"local cluster {cluster.name!r} stopped ({', '.join(stopped) or 'nothing running'})")
    elif args.action == "status":
        report = cluster.status()
        width = max(len(s.name) for s in report)
        for s in report:
            mark = "healthy" if s.healthy else ("running" if s.running else "stopped")
            print(f"{s.name:<{width}}  pid {s.pid:<8} {mark:<8} {s.detail}")
        if not all(s.healthy for s in report):
            return 10
    elif args.action == "env":
        if cluster.state() is None:
            from dotop_nb.errors import ClusterNotRunning

            raise ClusterNotRunning(
                f"local cluster {cluster.name!r} is not running",
                hint="start it with `dotop-nb cluster up`",
            )
        print(f"export KUBECONFIG={cluster.kubeconfig}")
    return EXIT_OK


def _demo(args: argparse.Namespace) -> int:
    from dotop_nb import demo

    return demo.run(down=args.down, out=sys.stdout)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dotop-nb",
        description="Day-2 operations on Kubernetes applications, driven from notebooks.",
    )
    parser.add_argument("--version", action="version", version=f"dotop-nb {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    cluster = sub.add_parser("cluster", help="the real local control plane (no containers)")
    cluster.add_argument(
        "action",
        choices=["build", "up", "down", "status", "env"],
        help="build the binaries; start; stop; show health; print the KUBECONFIG export",
    )
    cluster.add_argument("--name", default="default", help="which local cluster (default: default)")
    cluster.add_argument("--port", type=int, help="apiserver port for `up` (default: a free one)")
    cluster.add_argument("--timeout", type=float, default=120.0, help="seconds `up` may take")
    cluster.add_argument("--keep-state", action="store_true", help="`down` keeps logs and data")
    cluster.add_argument("--force", action="store_true", help="`build` even when cached")
    cluster.set_defaults(func=_cluster)

    demo = sub.add_parser(
        "demo", help="the main job: local control plane + the sample app my-api, running"
    )
    demo.add_argument("--down", action="store_true", help="stop the local cluster at the end")
    demo.set_defaults(func=_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except DotopError as err:
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return code


if __name__ == "__main__":
    sys.exit(main())
