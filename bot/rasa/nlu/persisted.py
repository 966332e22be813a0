"""What the project's trainable components share: a fitted model kept with joblib in
Rasa's model storage, created untrained and loaded trained."""

from __future__ import annotations

import logging
from typing import Any, Generic, TypeVar

import joblib
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage

logger = logging.getLogger(__name__)
Model = TypeVar("Model")
Component = TypeVar("Component", bound="PersistedModel")


class PersistedModel(GraphComponent, Generic[Model]):
    """A component whose fitted model is one joblib file, ``MODEL_FILE``."""

    MODEL_FILE: str

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Model | None = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._model = model

    @classmethod
    def create(
        cls: type[Component],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> Component:
        """Creates an untrained component."""
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls: type[Component],
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> Component:
        """Loads the fitted model from the model storage (None if none was persisted)."""
        try:
            with model_storage.read_from(resource) as model_dir:
                model = joblib.load(model_dir / cls.MODEL_FILE)
        except ValueError:
            # Nothing was persisted: there was nothing to train on.
            logger.debug("No trained %s in resource '%s'.", cls.__name__, resource.name)
            model = None
        return cls(config, model_storage, resource, model)

    def _persist(self, model: Model) -> Resource:
        """Keep a fitted model, in this process and in the model storage."""
        self._model = model
        with self._model_storage.write_to(self._resource) as model_dir:
            joblib.dump(model, model_dir / self.MODEL_FILE)
        return self._resource
