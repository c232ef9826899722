#include "core/ingest/pagesegmenter.h"
