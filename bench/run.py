"""`make bench`: measure the hub under production settings and print the figures, each
beside the baseline measured in the same run; the same figures go to
bench/results/latest.json. BENCH_ONLY=pages,downloads,uploads,search,load picks some
of the parts."""

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import downloads, load, pages, search, uploads  # noqa: E402
from bench.common import Site, step  # noqa: E402

PARTS = ("pages", "downloads", "uploads", "search", "load")


def main():
    chosen = os.environ.get("BENCH_ONLY", ",".join(PARTS)).split(",")
    results, failed = {}, False
    # Parts with targets of their own report them as results["targets"].
    for title, name, module in (
        ("Pages under load", "pages", pages),
        ("Load and faults", "load", load),
    ):
        if name not in chosen:
            continue
        print(f"\n{title}", flush=True)
        results[name] = module.run()
        module.report(results[name])
        failed |= not all(holds for _, holds in results[name]["targets"])
        save(results)
    if "downloads" in chosen or "uploads" in chosen:
        site = Site()  # one site for both
        site.prepare()
    if "downloads" in chosen:
        print("\nDownloads", flush=True)
        results["downloads"] = downloads.run(site)
        report(results)
        failed |= results["downloads"]["large_file"]["worker_peak_rss_increase_MB"] >= 50
        save(results)
    if "uploads" in chosen:
        print("\nUploads", flush=True)
        results["uploads"] = uploads.run(site)
        uploads.report(results["uploads"])
        failed |= not uploads.holds(results["uploads"])
        save(results)
    if "search" in chosen:
        print("\nSearch", flush=True)
        results["search"] = search.run()
        search.report(results["search"])
        save(results)
    return 1 if failed else 0


def save(results):
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2))
    step(f"written to {out / 'latest.json'}")


def report(results):
    big = results["downloads"]["large_file"]
    archive = results["downloads"]["zip_of_materials"]
    print()
    print(
        f"{'download of a ' + str(big['megabytes']) + ' MB file':44} "
        f"{big['http_MB_per_s']:8.1f} MB/s   ratio to disk read {big['ratio_to_disk']:.3f}"
        f"   ({big['disk_MB_per_s']:.0f} MB/s)"
    )
    print(
        f"{'  worker peak memory increase':44} {big['worker_peak_rss_increase_MB']:8.1f} MB"
        f"     budget < {big['budget_MB']} MB"
    )
    label = f"ZIP of {archive['files']} materials ({archive['megabytes']} MB)"
    print(f"{label:44} {archive['seconds']:8.2f} s      {archive['MB_per_s']:.1f} MB/s")
    print(f"{'  worker peak memory increase':44} {archive['worker_peak_rss_increase_MB']:8.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
