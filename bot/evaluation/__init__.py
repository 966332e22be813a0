"""`kneebot eval`: each suite measures one part of the assistant and returns figures."""
