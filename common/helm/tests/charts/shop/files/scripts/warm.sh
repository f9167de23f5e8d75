#!/bin/sh
echo "warming cache"
