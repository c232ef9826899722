#include "core/store/projectstore.h"
