#!/usr/bin/env bash
# Builds the libFuzzer target: AssayCore compiled with coverage instrumentation by SwiftPM into
# .build-fuzz/, then the entry point linked against its objects and the system libyaml with swiftc.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-fuzz
swift build -c release --target AssayCore --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link >/dev/null
objects=$(find "$scratch/release/AssayCore.build" -name '*.o')
swiftc -sanitize=fuzzer -parse-as-library -O Fuzz/FuzzAssayCore.swift Fuzz/StructuredFrontMatter.swift \
  -I "$scratch/release/Modules" -I Sources/CYaml \
  $objects -lyaml -o "$scratch/fuzz-assay"
echo "$scratch/fuzz-assay"
