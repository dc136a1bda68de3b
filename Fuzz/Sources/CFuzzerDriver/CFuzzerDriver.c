// The declaration in include/CFuzzerDriver.h is all there is: libclang_rt.fuzzer defines the
// function, linked in by -sanitize=fuzzer. A C target needs one source file.
#include "CFuzzerDriver.h"
