"""Talking to the gateway: the embedded gateway process and the signed-in HTTP session.

Qt-free; everything here runs on the application's asyncio loop (httpx) or, for
blocking process handling, on the background runner.
"""
