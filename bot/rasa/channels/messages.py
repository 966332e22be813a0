"""What a channel's input guard says itself, without the assistant."""

from __future__ import annotations

EMPTY_REPLY = (
    "I didn't receive any text. Could you type your message again? "
    'For example: "my knee hurts at the front when I climb stairs".'
)
TOO_LONG_REPLY = (
    "Sorry, that message is too long for me to read ({length:,} characters; the limit "
    "is {limit:,}). Could you send it in shorter parts, or tell me the main thing "
    "in a sentence or two?"
)
TROUBLE_REPLY = (
    "Sorry, something went wrong on my side and I couldn't answer that. Please try again "
    "in a moment. If your knee pain is severe or you feel unwell, don't wait for me: "
    "contact a doctor or your local emergency number."
)
NOT_TEXT_REPLY = (
    "Sorry, I can only read typed text, and that message wasn't text I could read. "
    "Could you type it again?"
)
BAD_MESSAGE_REPLY = (
    "Sorry, I couldn't take that message: {reason} Please reload the page and try again."
)
HELP_REPLY = (
    "I'm an automated assistant for knee pain that may come from the hips. I ask a few "
    "questions about your knee, check for warning signs that need a doctor first, answer "
    "questions about the hip–knee link, and can suggest exercises.\n\n"
    "Just tell me about your knee in your own words.\n"
    "/start - begin\n"
    "/restart - start again and clear what you told me\n"
    "/help - this message\n\n"
    "I'm not a doctor. If your pain is severe or you feel unwell, contact a doctor or "
    "your local emergency number."
)
