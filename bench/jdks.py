"""The JDKs the benchmarks run on (bench/ab.py, bench/issue13.py)."""
import glob, os, re


def installed_jdks():
    """One JDK home per major version >= 17 under /usr/lib/jvm (symlinked aliases counted once)."""
    by_major = {}
    for home in sorted(glob.glob("/usr/lib/jvm/*")):
        real = os.path.realpath(home)
        try:
            release = open(os.path.join(real, "release")).read()
        except OSError:
            continue
        m = re.search(r'^JAVA_VERSION="(\d+)', release, re.M)
        if m and int(m.group(1)) >= 17 and os.access(os.path.join(real, "bin", "javac"), os.X_OK):
            by_major.setdefault(int(m.group(1)), real)
    return [by_major[k] for k in sorted(by_major, reverse=True)]
