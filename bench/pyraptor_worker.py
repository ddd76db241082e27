"""The pyraptor side of bench/bench_pyraptor.py, run in pyraptor's own throwaway venv
(never in .venv, never importing caremap):

    /tmp/pyraptor-venv/bin/python bench/pyraptor_worker.py FEED_DIR DATE JOB.json OUT.npz

pyraptor (PyPI ``pyraptor``, MIT, https://github.com/lmeulen/pyraptor) reads a GTFS folder
for one date (``YYYYMMDD``, calendar_dates.txt only) and a list of agency names with its own
reader (``pyraptor.gtfs.timetable.read_gtfs_timetable`` then
``gtfs_to_pyraptor_timetable``), then runs ``pyraptor.model.raptor.RaptorAlgorithm.run``
from one stop at a departure second for a number of rounds, as its own ``query_raptor``
does. The earliest arrival at every stop is the algorithm's ``bag_star`` (its best label
over all rounds; ``bag_round_stop[rounds]`` is left empty when the loop ends early for lack
of marked stops). JOB.json: ``{"agency": name, "origins": [stop_id, ...], "dep_secs": int,
"rounds": int, "stop_ids": [stop_id, ...]}``; OUT.npz: ``arrival`` (queries x stop_ids,
seconds, inf where not reached), ``load_seconds``, ``query_seconds`` (one per query), the
counts of the timetable pyraptor built, and its version.
"""
import json
import sys
import time


def main(feed_dir, date, job_path, out_path):
    from importlib.metadata import version

    import numpy as np
    from loguru import logger

    logger.remove()  # pyraptor logs every round at INFO: keep the timing to the algorithm
    from pyraptor.gtfs.timetable import gtfs_to_pyraptor_timetable, read_gtfs_timetable
    from pyraptor.model.raptor import RaptorAlgorithm
    from pyraptor.util import LARGE_NUMBER

    with open(job_path) as f:
        job = json.load(f)
    t = time.perf_counter()
    timetable = gtfs_to_pyraptor_timetable(read_gtfs_timetable(feed_dir, date, [job["agency"]]))
    load = time.perf_counter() - t
    col = {s: j for j, s in enumerate(job["stop_ids"])}
    arrival = np.full((len(job["origins"]), len(col)), np.inf)
    seconds = []
    for i, origin in enumerate(job["origins"]):
        t = time.perf_counter()
        raptor = RaptorAlgorithm(timetable)
        raptor.run([timetable.stops.get(origin)], int(job["dep_secs"]), int(job["rounds"]))
        seconds.append(time.perf_counter() - t)
        for stop, label in raptor.bag_star.items():
            if label.earliest_arrival_time < LARGE_NUMBER and stop.id in col:
                arrival[i, col[stop.id]] = label.earliest_arrival_time
    np.savez(out_path, arrival=arrival, load_seconds=load, query_seconds=np.array(seconds),
             n_stops=len(timetable.stops), n_trips=len(timetable.trips), n_routes=len(timetable.routes),
             n_stop_times=len(timetable.trip_stop_times), n_transfers=len(timetable.transfers),
             version=version("pyraptor"))


if __name__ == "__main__":
    main(*sys.argv[1:5])
