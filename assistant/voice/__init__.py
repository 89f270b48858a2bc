"""Voice: speech to text (faster-whisper), recording until the speaker stops, and speech (pyttsx3).

Modules, one idea each:
- whisper_models / base_assembly: where the models are; joining the split base model safely
- audio: decoding files to 16 kHz mono samples; levels
- transcriber: samples to a Transcript
- utterance / microphone: one utterance from any block stream; the microphone as such a stream
- speech / speaker / sentences: text to audio; speaking a streamed reply sentence by sentence
"""
