<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>wp_assistant</name>
    <message>
        <source>A draft from the reply template; write the answer itself where the brackets say:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another model (OpenAI-compatible address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are made on this computer: no language model connected. Nothing leaves the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a question about your documents, or choose a record above and press Summarise, Draft a reply, Suggest service and department or Translate. The assistant proposes; you decide — nothing is changed or sent on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about your documents, or paste a text for the buttons above (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because the request says “{0}…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a record above or paste a text below first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Check the answer before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a reply to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — edit before you use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a document or request (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key sentences of the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language model: {0}. Personal data is replaced with placeholders before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation has these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language model connected: this answer was made on this computer from your documents, by search and sentence ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No language model is configured. Choose one in Settings → Assistant, or ask your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record chosen: the buttons work on the text below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the module that keeps the request refused the change and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in your documents matches these words. Try other words, or a shorter question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent: answers are made on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data sent to a model as is (everything else is replaced with placeholders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed department: {0} (where similar requests went).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed service type: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The part that arrived is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest service and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest service and department for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access key was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off. What arrived is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no text to summarise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model could not be reached. Check the network connection and try again; the local engine works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is busy (too many requests). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused the access key. Check the key in Settings → Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model stopped answering. What arrived is kept; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s server failed. Try again later; if it keeps happening, tell your IT administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The module that opens this record is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s model, through the Workplace server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passages of your documents that best match the question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service type of the request was changed as you accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Workplace has no system keyring for modules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (no language model; nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was proposed by the assistant. Read and correct it; it is not sent or saved anywhere until you copy it into a document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: {0}
Replaced with placeholders: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation needs a language model, and none is connected. Ask your IT administrator to connect one, or choose one in Settings → Assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator forbids sending this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator has set the model: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator has switched language models off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator has switched language models off: answers are made on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the system keyring; leave empty to keep the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no personal data found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} What arrived is kept above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
