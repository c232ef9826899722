#include "core/bench/storebenchmark.h"
