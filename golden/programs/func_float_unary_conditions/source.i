# 1 "func_float_unary_conditions.sy"
# 1 "<built-in>" 1
# 1 "<built-in>" 3
# 361 "<built-in>" 3
# 1 "<command line>" 1
# 1 "<built-in>" 2
# 1 "./sylib.h" 1



int getint(void);
int getch(void);
float getfloat(void);
int getarray(int a[]);
int getfarray(float a[]);
void putint(int a);
void putch(int a);
void putfloat(float a);
void putarray(int n, int a[]);
void putfarray(int n, float a[]);
void putf(char a[], ...);
void starttime(void);
void stoptime(void);
# 2 "<built-in>" 2
# 1 "func_float_unary_conditions.sy" 2


float values[6] = {0.0, -0.0, 0.5, -2.25, 0x1p-140, 1e30};
int ones = 0;

void bit(int b) {
  putint(b);
  ones = ones + b;
}

float negate_twice(float x) {
  return - -x;
}

int main() {
  int i = 0;
  while (i < 6) {
    float v = values[i];
    if (v) bit(1); else bit(0);
    if (!v) bit(1); else bit(0);
    if (!!v) bit(1); else bit(0);
    if (!-v) bit(1); else bit(0);
    if (v && 1) bit(1); else bit(0);
    if (v || 0.0) bit(1); else bit(0);
    if (0 || !v && -v <= v) bit(1); else bit(0);
    if (-v < v) bit(1); else bit(0);
    if (+v == negate_twice(v)) bit(1); else bit(0);
    putch(32);
    putfloat(-v);
    putch(32);
    putfloat(-(-v) * -1);
    putch(10);
    i = i + 1;
  }
  float x = 1.0;
  int halvings = 0;
  while (x) {
    x = x / 2;
    halvings = halvings + 1;
  }
  putf("halvings=%d ones=%d\n", halvings, ones);
  float y = 100.0;
  int steps = 0;
  while (y > 1 && !(y < 1.5) || y == 0.75) {
    y = -y / 3;
    if (y < 0) y = -y;
    steps = steps + 1;
  }
  putf("steps=%d y=%a\n", steps, y);
  float f = 0.1, g = 0.2, h = 0.3;
  if (f + g != 0.3) bit(1); else bit(0);
  if (f + g == h) bit(1); else bit(0);
  if (!(f - f) && -f < -0.0) bit(1); else bit(0);
  putch(10);
  return halvings + steps + ones;
}
