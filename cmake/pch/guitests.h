// Precompiled for the GUI tests and the benchmarks that drive widgets: widgets.h and tests.h.
#pragma once
#include "widgets.h"
#include "tests.h"
