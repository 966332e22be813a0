"""Running the assistant: `kneebot up`, its child processes, training, the action server."""
