# 1 "perf_nbody_float.sy"
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
# 1 "perf_nbody_float.sy" 2

float px[64], py[64], vx[64], vy[64], mass[64];

float energy(int n) {
  float e = 0.0;
  int i = 0;
  while (i < n) {
    e = e + 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i]);
    int j = i + 1;
    while (j < n) {
      float dx = px[i] - px[j], dy = py[i] - py[j];
      float d2 = dx * dx + dy * dy + 0.01;

      float inv = 1.0, k = 0;
      if (d2 > 1) inv = 1.0 / d2;
      while (k < 6) {
        inv = inv * (1.5 - 0.5 * d2 * inv * inv);
        k = k + 1;
      }
      e = e - mass[i] * mass[j] * inv;
      j = j + 1;
    }
    i = i + 1;
  }
  return e;
}

float softening = 0.01;
float one = 1.0;

float sq(float v) {
  return v * v;
}

float pull(float m, float dx, float dy) {
  float d2 = sq(dx) + sq(dy) + softening;
  return m / (d2 * (d2 + one));
}

void step(int n, float dt) {
  int i = 0;
  while (i < n) {
    float ax = 0.0, ay = 0.0;
    int j = 0;
    while (j < n) {
      if (j != i) {
        float dx = px[j] - px[i];
        float dy = py[j] - py[i];
        float f = pull(mass[j], dx, dy);
        ax = ax + f * dx;
        ay = ay + f * dy;
      }
      j = j + 1;
    }
    vx[i] = vx[i] + ax * dt;
    vy[i] = vy[i] + ay * dt;
    i = i + 1;
  }
  i = 0;
  while (i < n) {
    px[i] = px[i] + vx[i] * dt;
    py[i] = py[i] + vy[i] * dt;
    i = i + 1;
  }
}

int main() {
  int n = getint(), steps = getint();
  int i = 0, s = 5;
  while (i < n) {
    s = (s * 75 + 74) % 65537;
    px[i] = (s % 2000) / 100.0 - 10;
    s = (s * 75 + 74) % 65537;
    py[i] = (s % 2000) / 100.0 - 10;
    vx[i] = 0; vy[i] = 0;
    mass[i] = 1 + i % 3;
    i = i + 1;
  }
  float e0 = energy(n);
  starttime();
  int t = 0;
  while (t < steps) {
    step(n, 0.01);
    t = t + 1;
  }
  stoptime();
  float e1 = energy(n);
  putfloat(e0); putch(10);
  putfloat(e1); putch(10);
  putfloat(px[0]); putch(32); putfloat(py[0]); putch(10);
  int spread = (px[n - 1] - px[0]) * 10;
  return spread % 256;
}
