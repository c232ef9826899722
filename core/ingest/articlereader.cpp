#include "core/ingest/articlereader.h"
