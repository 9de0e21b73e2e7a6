# 1 "perf_const_dim_stencil.sy"
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
# 1 "perf_const_dim_stencil.sy" 2



const int N = 120;
const int LAST = N - 1;
int heat[N][N];
int scratch[N][N];
int seed;

int next_random() {
  seed = (seed * 97 + 13) % 10007;
  return seed;
}

void diffuse(int src[][N], int dst[][N]) {
  int i = 1;
  while (i < LAST) {
    int j = 1;
    while (j < LAST) {
      dst[i][j] = (src[i][j] * 4 + src[i - 1][j] + src[i + 1][j] + src[i][j - 1] + src[i][j + 1]) / 8;
      j = j + 1;
    }
    i = i + 1;
  }
}

int checksum(int g[][N]) {
  int i = 0, s = 0;
  while (i < N) {
    int j = 0;
    while (j < N) {
      s = (s * 31 + g[i][j]) % 1000003;
      j = j + 1;
    }
    i = i + 1;
  }
  return s;
}

int main() {
  int steps = getint();
  seed = getint();
  int i = 0;
  while (i < N) {
    int j = 0;
    while (j < N) {
      heat[i][j] = next_random() % 1000;
      j = j + 1;
    }
    i = i + 1;
  }
  i = 0;
  while (i < N) {
    scratch[i][0] = heat[i][0];
    scratch[i][LAST] = heat[i][LAST];
    scratch[0][i] = heat[0][i];
    scratch[LAST][i] = heat[LAST][i];
    i = i + 1;
  }
  starttime();
  int step = 0;
  while (step < steps) {
    if (step % 2 == 0) diffuse(heat, scratch);
    else diffuse(scratch, heat);
    int r = next_random() % (N - 2) + 1, c = next_random() % (N - 2) + 1;
    heat[r][c] = 5000;
    scratch[r][c] = 5000;
    step = step + 1;
    if (step % 10 == 0) putf("step %d: %d\n", step, checksum(heat));
  }
  stoptime();
  putf("final %d %d\n", checksum(heat), checksum(scratch));
  return heat[N / 2][N / 2] % 256;
}
