# time: struct_time, gmtime, asctime, strftime and strptime on fixed values
import time
print(time.gmtime(0))
print(time.gmtime(1_000_000_000), time.gmtime(-1.5))
print(time.asctime(time.gmtime(0)), time.asctime((2020, 2, 29, 13, 5, 9, 5, 60, 0)))
print(time.strftime("%a %A %b %B %c | %d %H %I %j %m %M %p %S %U %w %W | %x %X %y %Y %% %e", time.gmtime(1_000_000_000)))
print(time.strftime("%G %g %V %u %C %D %F %T %R %r %h %k %l|%f|%Q", time.gmtime(1_000_000_000)))
print(time.strftime("%Y-%m-%d", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), repr(time.strftime("")), time.strftime("%Y %y", (99, 1, 1, 0, 0, 0, 0, 1, 0)))
for y in range(1995, 2030, 7):
    for md in [(1, 1), (1, 3), (12, 29), (12, 31)]:
        tt = time.strptime(f"{y}-{md[0]}-{md[1]}", "%Y-%m-%d")
        print(time.strftime("%G-%V %U %W %u %w %j", tt), end=" | ")
    print()
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(st, st.tm_year, st.tm_zone, len(st), st[:3], st == (2020, 1, 2, 3, 4, 5, 6, 7, 8))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 8, "X", 5)).tm_gmtoff)
print(time.strptime("2020-03-04 05:06:07", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Mar 5 2021 3PM", "%b %d %Y %I%p"), time.strptime("12:30", "%H:%M")[:6])
print(time.strptime("Tue Sep 12 2023 +0530", "%a %b %d %Y %z").tm_gmtoff, time.strptime("2023 10 1", "%Y %W %w")[:8])
for bad in [lambda: time.strptime("2020", "%d"), lambda: time.strptime("x", "%Y"), lambda: time.strptime("2021-02-30", "%Y-%m-%d"),
            lambda: time.strptime("2021", "%Q"), lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.mktime((1, 2)), lambda: time.mktime(5), lambda: time.struct_time((1, 2)), lambda: time.sleep(-1),
            lambda: time.sleep("a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
