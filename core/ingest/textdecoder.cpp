#include "core/ingest/textdecoder.h"
