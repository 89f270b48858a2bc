"""The on-device language model: loading GGUF files, chat templates, streaming, constrained output."""
