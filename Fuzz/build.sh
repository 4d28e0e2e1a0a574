#!/usr/bin/env bash
# Builds the libFuzzer target: AssayCore and Yams compiled with coverage instrumentation by SwiftPM
# into .build-fuzz/, then the entry point linked against their objects with swiftc.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-fuzz
swift build -c release --target AssayCore --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link >/dev/null
objects=$(find "$scratch/release/AssayCore.build" "$scratch/release/Yams.build" "$scratch/release/CYaml.build" -name '*.o')
swiftc -sanitize=fuzzer -parse-as-library -O Fuzz/FuzzAssayCore.swift \
  -I "$scratch/release/Modules" -I "$scratch/checkouts/Yams/Sources/CYaml/include" \
  $objects -o "$scratch/fuzz-assay"
echo "$scratch/fuzz-assay"
