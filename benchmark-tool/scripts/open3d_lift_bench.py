#!/usr/bin/env python3
"""Times Open3D (the performance peer) on one RGB-D frame: the same stages SpatialLift's `bench lift` times.

create_from_rgbd_image + create_from_rgbd_image(PointCloud) + voxel_down_sample(0.02)
+ segment_plane(0.02, 3, 1000), median over --runs after --warmup runs, file decoding excluded.
Prints one JSON object: {"runs": N, "median_ms": {"stage": ms, ..., "total": ms}, "points": n}.
"""
import argparse
import json
import statistics
import time

import numpy as np
import open3d as o3d


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--image", required=True)
    ap.add_argument("--depth", required=True)
    ap.add_argument("--depth-scale", type=float, default=1000.0, help="depth units per metre")
    ap.add_argument("--depth-trunc", type=float, default=4.0, help="metres")
    ap.add_argument("--intrinsics", default="525,525,319.5,239.5", help="fx,fy,cx,cy in pixels")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=3)
    a = ap.parse_args()

    fx, fy, cx, cy = (float(v) for v in a.intrinsics.split(","))
    color = o3d.io.read_image(a.image)
    depth = o3d.io.read_image(a.depth)
    h, w = np.asarray(depth).shape[:2]
    intr = o3d.camera.PinholeCameraIntrinsic(int(w), int(h), fx, fy, cx, cy)

    stages = {"rgbd": [], "back_project": [], "voxel": [], "planes": [], "total": []}
    points = 0
    for i in range(a.warmup + a.runs):
        t0 = time.perf_counter()
        rgbd = o3d.geometry.RGBDImage.create_from_color_and_depth(
            color, depth, depth_scale=a.depth_scale, depth_trunc=a.depth_trunc, convert_rgb_to_intensity=False)
        t1 = time.perf_counter()
        pcd = o3d.geometry.PointCloud.create_from_rgbd_image(rgbd, intr)
        t2 = time.perf_counter()
        down = pcd.voxel_down_sample(0.02)
        t3 = time.perf_counter()
        down.segment_plane(distance_threshold=0.02, ransac_n=3, num_iterations=1000)
        t4 = time.perf_counter()
        points = len(pcd.points)
        if i >= a.warmup:
            for k, (s, e) in {"rgbd": (t0, t1), "back_project": (t1, t2), "voxel": (t2, t3),
                              "planes": (t3, t4), "total": (t0, t4)}.items():
                stages[k].append((e - s) * 1000.0)
    print(json.dumps({"peer": "open3d " + o3d.__version__, "runs": a.runs, "points": points,
                      "median_ms": {k: round(statistics.median(v), 3) for k, v in stages.items()}}))


if __name__ == "__main__":
    main()
