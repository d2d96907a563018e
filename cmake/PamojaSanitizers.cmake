# Sanitizer builds (scripts/test --asan / --tsan configure them in build-asan and build-tsan).
#   PAMOJA_SANITIZE=address  AddressSanitizer + LeakSanitizer + UndefinedBehaviorSanitizer
#   PAMOJA_SANITIZE=thread   ThreadSanitizer
# Qt from Debian is not instrumented: ASan still checks every access our code makes, TSan needs to
# be told about Qt's synchronisation (core/threadhandoff.h). -O1 keeps the stacks readable and the
# suite fast enough for CI.
set(PAMOJA_SANITIZE "" CACHE STRING "Build with sanitizers: address (ASan+UBSan) or thread (TSan)")
set_property(CACHE PAMOJA_SANITIZE PROPERTY STRINGS "" address thread)

if(PAMOJA_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "PAMOJA_FUZZ needs clang (libFuzzer): configure with CXX=clang++ (scripts/fuzz does)")
  endif()
  if(PAMOJA_SANITIZE STREQUAL "")
    set(PAMOJA_SANITIZE address)
  endif()
endif()

if(PAMOJA_SANITIZE STREQUAL "address")
  set(PAMOJA_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
elseif(PAMOJA_SANITIZE STREQUAL "thread")
  set(PAMOJA_SANITIZER_FLAGS -fsanitize=thread)
elseif(NOT PAMOJA_SANITIZE STREQUAL "")
  message(FATAL_ERROR "PAMOJA_SANITIZE must be empty, address or thread (not ${PAMOJA_SANITIZE})")
endif()

if(PAMOJA_SANITIZER_FLAGS)
  # Added after the build type's flags, so -O1 wins over -O2/-O3.
  add_compile_options(${PAMOJA_SANITIZER_FLAGS} -fno-omit-frame-pointer -O1 -g)
  add_link_options(${PAMOJA_SANITIZER_FLAGS})
endif()
# The libraries under test get libFuzzer's coverage instrumentation; only the harnesses link its
# main() (pamoja_add_fuzzer in tests/fuzz).
if(PAMOJA_FUZZ)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
