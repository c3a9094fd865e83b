#!/usr/bin/env python3
"""Summarises `jfr print --events jdk.ExecutionSample --stack-depth 256` (stdin) for bench/run.sh --profile.

Usage: jfr print ... | jfr_top.py TITLE
Prints the 20 hottest frames (the method on top of the stack), where the samples go by component (each sample
charged to the first frame from the top that is not the JDK, so that a HashMap lookup inside Thymeleaf counts as
Thymeleaf), and the share of samples whose stack passes through each component (inclusive).
"""
import collections
import re
import sys

COMPONENTS = [
    ("nz.net.ultraq.", "Thymeleaf Layout Dialect"),
    ("org.codehaus.groovy.", "Groovy runtime"),
    ("groovy.", "Groovy runtime"),
    ("org.apache.groovy.", "Groovy runtime"),
    ("org.thymeleaf.", "Thymeleaf"),
    ("ognl.", "Thymeleaf"),
    ("org.attoparser.", "Thymeleaf (AttoParser)"),
    ("org.unbescape.", "Thymeleaf (unbescape)"),
    ("org.springframework.expression.", "Spring Expression (SpEL)"),
    ("org.hibernate.", "Hibernate"),
    ("org.springframework.orm.", "Spring Data/ORM"),
    ("org.springframework.data.", "Spring Data/ORM"),
    ("org.postgresql.", "PostgreSQL JDBC"),
    ("com.zaxxer.hikari.", "Hikari"),
    ("org.springframework.security.", "Spring Security"),
    ("org.springframework.modulith.", "Spring Modulith"),
    ("org.springframework.web.", "Spring MVC"),
    ("org.springframework.", "Spring (other)"),
    ("org.apache.catalina.", "Tomcat"),
    ("org.apache.coyote.", "Tomcat"),
    ("org.apache.tomcat.", "Tomcat"),
    ("com.google.i18n.phonenumbers.", "libphonenumber"),
    ("com.interconnect.portal.", "the portal's code"),
    ("bench.baseline.", "the baseline's code"),
    ("jakarta.", "Jakarta APIs"),
    ("ch.qos.logback.", "Logback"),
    ("org.slf4j.", "Logback"),
]
JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")

FRAME = re.compile(r"^\s+([\w$.<>\[\]/]+)\.([\w$<>]+)\(.*\)\s+line:")


def component(method):
    for prefix, name in COMPONENTS:
        if method.startswith(prefix):
            return name
    if method.startswith(JDK):
        return None
    return method.rsplit(".", 2)[0] if method.count(".") > 1 else method


samples = []
stack = None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        stack = []
        samples.append(stack)
    elif stack is not None:
        match = FRAME.match(line)
        if match:
            stack.append(match.group(1) + "." + match.group(2))

samples = [s for s in samples if s]
total = len(samples)
title = sys.argv[1] if len(sys.argv) > 1 else "profile"
print(f"\n### JFR profile: {title} ({total} execution samples)\n")
if not total:
    sys.exit(0)

top = collections.Counter(s[0] for s in samples)
print("Top 20 frames (top of stack):\n")
print("| samples | % | method |\n|---:|---:|---|")
for method, n in top.most_common(20):
    print(f"| {n} | {100 * n / total:.1f} | `{method}` |")

charged = collections.Counter()
inclusive = collections.Counter()
for s in samples:
    owner = next((c for c in (component(m) for m in s) if c), "JDK only")
    charged[owner] += 1
    for c in {component(m) for m in s}:
        if c:
            inclusive[c] += 1
print("\nBy component: self (first non-JDK frame from the top) and inclusive (anywhere on the stack):\n")
print("| component | self % | inclusive % |\n|---|---:|---:|")
names = sorted(set(charged) | set(inclusive), key=lambda c: (-charged.get(c, 0), -inclusive.get(c, 0)))
for name in names[:25]:
    print(f"| {name} | {100 * charged.get(name, 0) / total:.1f} | {100 * inclusive.get(name, 0) / total:.1f} |")
