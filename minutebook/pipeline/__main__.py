"""`python -m minutebook.pipeline MEMORY_MB`: an extraction worker process (see `worker`)."""

import sys

from .worker import serve

serve(int(sys.argv[1]))
