#include "core/ingest/htmltotext.h"
