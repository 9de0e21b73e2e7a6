; ModuleID = 'perf_nbody_float.sy'
source_filename = "perf_nbody_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@mass = dso_local global [64 x float] zeroinitializer, align 16
@vx = dso_local global [64 x float] zeroinitializer, align 16
@vy = dso_local global [64 x float] zeroinitializer, align 16
@px = dso_local global [64 x float] zeroinitializer, align 16
@py = dso_local global [64 x float] zeroinitializer, align 16
@softening = dso_local global float 0x3F847AE140000000, align 4
@one = dso_local global float 1.000000e+00, align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @energy(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  store i32 %0, i32* %2, align 4
  store float 0.000000e+00, float* %3, align 4
  store i32 0, i32* %4, align 4
  br label %11

11:                                               ; preds = %126, %1
  %12 = load i32, i32* %4, align 4
  %13 = load i32, i32* %2, align 4
  %14 = icmp slt i32 %12, %13
  br i1 %14, label %15, label %129

15:                                               ; preds = %11
  %16 = load float, float* %3, align 4
  %17 = fpext float %16 to double
  %18 = load i32, i32* %4, align 4
  %19 = sext i32 %18 to i64
  %20 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fpext float %21 to double
  %23 = fmul double 5.000000e-01, %22
  %24 = load i32, i32* %4, align 4
  %25 = sext i32 %24 to i64
  %26 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %25
  %27 = load float, float* %26, align 4
  %28 = load i32, i32* %4, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fmul float %27, %31
  %33 = load i32, i32* %4, align 4
  %34 = sext i32 %33 to i64
  %35 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %34
  %36 = load float, float* %35, align 4
  %37 = load i32, i32* %4, align 4
  %38 = sext i32 %37 to i64
  %39 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %38
  %40 = load float, float* %39, align 4
  %41 = fmul float %36, %40
  %42 = fadd float %32, %41
  %43 = fpext float %42 to double
  %44 = fmul double %23, %43
  %45 = fadd double %17, %44
  %46 = fptrunc double %45 to float
  store float %46, float* %3, align 4
  %47 = load i32, i32* %4, align 4
  %48 = add nsw i32 %47, 1
  store i32 %48, i32* %5, align 4
  br label %49

49:                                               ; preds = %110, %15
  %50 = load i32, i32* %5, align 4
  %51 = load i32, i32* %2, align 4
  %52 = icmp slt i32 %50, %51
  br i1 %52, label %53, label %126

53:                                               ; preds = %49
  %54 = load i32, i32* %4, align 4
  %55 = sext i32 %54 to i64
  %56 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %55
  %57 = load float, float* %56, align 4
  %58 = load i32, i32* %5, align 4
  %59 = sext i32 %58 to i64
  %60 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %59
  %61 = load float, float* %60, align 4
  %62 = fsub float %57, %61
  store float %62, float* %6, align 4
  %63 = load i32, i32* %4, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %64
  %66 = load float, float* %65, align 4
  %67 = load i32, i32* %5, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %68
  %70 = load float, float* %69, align 4
  %71 = fsub float %66, %70
  store float %71, float* %7, align 4
  %72 = load float, float* %6, align 4
  %73 = load float, float* %6, align 4
  %74 = fmul float %72, %73
  %75 = load float, float* %7, align 4
  %76 = load float, float* %7, align 4
  %77 = fmul float %75, %76
  %78 = fadd float %74, %77
  %79 = fpext float %78 to double
  %80 = fadd double %79, 1.000000e-02
  %81 = fptrunc double %80 to float
  store float %81, float* %8, align 4
  store float 1.000000e+00, float* %9, align 4
  store float 0.000000e+00, float* %10, align 4
  %82 = load float, float* %8, align 4
  %83 = fcmp ogt float %82, 1.000000e+00
  br i1 %83, label %84, label %89

84:                                               ; preds = %53
  %85 = load float, float* %8, align 4
  %86 = fpext float %85 to double
  %87 = fdiv double 1.000000e+00, %86
  %88 = fptrunc double %87 to float
  store float %88, float* %9, align 4
  br label %89

89:                                               ; preds = %84, %53
  br label %90

90:                                               ; preds = %93, %89
  %91 = load float, float* %10, align 4
  %92 = fcmp olt float %91, 6.000000e+00
  br i1 %92, label %93, label %110

93:                                               ; preds = %90
  %94 = load float, float* %9, align 4
  %95 = fpext float %94 to double
  %96 = load float, float* %8, align 4
  %97 = fpext float %96 to double
  %98 = fmul double 5.000000e-01, %97
  %99 = load float, float* %9, align 4
  %100 = fpext float %99 to double
  %101 = fmul double %98, %100
  %102 = load float, float* %9, align 4
  %103 = fpext float %102 to double
  %104 = fmul double %101, %103
  %105 = fsub double 1.500000e+00, %104
  %106 = fmul double %95, %105
  %107 = fptrunc double %106 to float
  store float %107, float* %9, align 4
  %108 = load float, float* %10, align 4
  %109 = fadd float %108, 1.000000e+00
  store float %109, float* %10, align 4
  br label %90, !llvm.loop !6

110:                                              ; preds = %90
  %111 = load float, float* %3, align 4
  %112 = load i32, i32* %4, align 4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %113
  %115 = load float, float* %114, align 4
  %116 = load i32, i32* %5, align 4
  %117 = sext i32 %116 to i64
  %118 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %117
  %119 = load float, float* %118, align 4
  %120 = fmul float %115, %119
  %121 = load float, float* %9, align 4
  %122 = fmul float %120, %121
  %123 = fsub float %111, %122
  store float %123, float* %3, align 4
  %124 = load i32, i32* %5, align 4
  %125 = add nsw i32 %124, 1
  store i32 %125, i32* %5, align 4
  br label %49, !llvm.loop !8

126:                                              ; preds = %49
  %127 = load i32, i32* %4, align 4
  %128 = add nsw i32 %127, 1
  store i32 %128, i32* %4, align 4
  br label %11, !llvm.loop !9

129:                                              ; preds = %11
  %130 = load float, float* %3, align 4
  ret float %130
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @sq(float noundef %0) #0 {
  %2 = alloca float, align 4
  store float %0, float* %2, align 4
  %3 = load float, float* %2, align 4
  %4 = load float, float* %2, align 4
  %5 = fmul float %3, %4
  ret float %5
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @pull(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  store float %0, float* %4, align 4
  store float %1, float* %5, align 4
  store float %2, float* %6, align 4
  %8 = load float, float* %5, align 4
  %9 = call float @sq(float noundef %8)
  %10 = load float, float* %6, align 4
  %11 = call float @sq(float noundef %10)
  %12 = fadd float %9, %11
  %13 = load float, float* @softening, align 4
  %14 = fadd float %12, %13
  store float %14, float* %7, align 4
  %15 = load float, float* %4, align 4
  %16 = load float, float* %7, align 4
  %17 = load float, float* %7, align 4
  %18 = load float, float* @one, align 4
  %19 = fadd float %17, %18
  %20 = fmul float %16, %19
  %21 = fdiv float %15, %20
  ret float %21
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step(i32 noundef %0, float noundef %1) #0 {
  %3 = alloca i32, align 4
  %4 = alloca float, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca i32, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  store i32 %0, i32* %3, align 4
  store float %1, float* %4, align 4
  store i32 0, i32* %5, align 4
  br label %12

12:                                               ; preds = %64, %2
  %13 = load i32, i32* %5, align 4
  %14 = load i32, i32* %3, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %89

16:                                               ; preds = %12
  store float 0.000000e+00, float* %6, align 4
  store float 0.000000e+00, float* %7, align 4
  store i32 0, i32* %8, align 4
  br label %17

17:                                               ; preds = %61, %16
  %18 = load i32, i32* %8, align 4
  %19 = load i32, i32* %3, align 4
  %20 = icmp slt i32 %18, %19
  br i1 %20, label %21, label %64

21:                                               ; preds = %17
  %22 = load i32, i32* %8, align 4
  %23 = load i32, i32* %5, align 4
  %24 = icmp ne i32 %22, %23
  br i1 %24, label %25, label %61

25:                                               ; preds = %21
  %26 = load i32, i32* %8, align 4
  %27 = sext i32 %26 to i64
  %28 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %27
  %29 = load float, float* %28, align 4
  %30 = load i32, i32* %5, align 4
  %31 = sext i32 %30 to i64
  %32 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fsub float %29, %33
  store float %34, float* %9, align 4
  %35 = load i32, i32* %8, align 4
  %36 = sext i32 %35 to i64
  %37 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %36
  %38 = load float, float* %37, align 4
  %39 = load i32, i32* %5, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %40
  %42 = load float, float* %41, align 4
  %43 = fsub float %38, %42
  store float %43, float* %10, align 4
  %44 = load i32, i32* %8, align 4
  %45 = sext i32 %44 to i64
  %46 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %45
  %47 = load float, float* %46, align 4
  %48 = load float, float* %9, align 4
  %49 = load float, float* %10, align 4
  %50 = call float @pull(float noundef %47, float noundef %48, float noundef %49)
  store float %50, float* %11, align 4
  %51 = load float, float* %6, align 4
  %52 = load float, float* %11, align 4
  %53 = load float, float* %9, align 4
  %54 = fmul float %52, %53
  %55 = fadd float %51, %54
  store float %55, float* %6, align 4
  %56 = load float, float* %7, align 4
  %57 = load float, float* %11, align 4
  %58 = load float, float* %10, align 4
  %59 = fmul float %57, %58
  %60 = fadd float %56, %59
  store float %60, float* %7, align 4
  br label %61

61:                                               ; preds = %25, %21
  %62 = load i32, i32* %8, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, i32* %8, align 4
  br label %17, !llvm.loop !10

64:                                               ; preds = %17
  %65 = load i32, i32* %5, align 4
  %66 = sext i32 %65 to i64
  %67 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %66
  %68 = load float, float* %67, align 4
  %69 = load float, float* %6, align 4
  %70 = load float, float* %4, align 4
  %71 = fmul float %69, %70
  %72 = fadd float %68, %71
  %73 = load i32, i32* %5, align 4
  %74 = sext i32 %73 to i64
  %75 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %74
  store float %72, float* %75, align 4
  %76 = load i32, i32* %5, align 4
  %77 = sext i32 %76 to i64
  %78 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %77
  %79 = load float, float* %78, align 4
  %80 = load float, float* %7, align 4
  %81 = load float, float* %4, align 4
  %82 = fmul float %80, %81
  %83 = fadd float %79, %82
  %84 = load i32, i32* %5, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %85
  store float %83, float* %86, align 4
  %87 = load i32, i32* %5, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, i32* %5, align 4
  br label %12, !llvm.loop !11

89:                                               ; preds = %12
  store i32 0, i32* %5, align 4
  br label %90

90:                                               ; preds = %94, %89
  %91 = load i32, i32* %5, align 4
  %92 = load i32, i32* %3, align 4
  %93 = icmp slt i32 %91, %92
  br i1 %93, label %94, label %125

94:                                               ; preds = %90
  %95 = load i32, i32* %5, align 4
  %96 = sext i32 %95 to i64
  %97 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %96
  %98 = load float, float* %97, align 4
  %99 = load i32, i32* %5, align 4
  %100 = sext i32 %99 to i64
  %101 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %100
  %102 = load float, float* %101, align 4
  %103 = load float, float* %4, align 4
  %104 = fmul float %102, %103
  %105 = fadd float %98, %104
  %106 = load i32, i32* %5, align 4
  %107 = sext i32 %106 to i64
  %108 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %107
  store float %105, float* %108, align 4
  %109 = load i32, i32* %5, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %110
  %112 = load float, float* %111, align 4
  %113 = load i32, i32* %5, align 4
  %114 = sext i32 %113 to i64
  %115 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %114
  %116 = load float, float* %115, align 4
  %117 = load float, float* %4, align 4
  %118 = fmul float %116, %117
  %119 = fadd float %112, %118
  %120 = load i32, i32* %5, align 4
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %121
  store float %119, float* %122, align 4
  %123 = load i32, i32* %5, align 4
  %124 = add nsw i32 %123, 1
  store i32 %124, i32* %5, align 4
  br label %90, !llvm.loop !12

125:                                              ; preds = %90
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %10 = call i32 @getint()
  store i32 %10, i32* %2, align 4
  %11 = call i32 @getint()
  store i32 %11, i32* %3, align 4
  store i32 0, i32* %4, align 4
  store i32 5, i32* %5, align 4
  br label %12

12:                                               ; preds = %16, %0
  %13 = load i32, i32* %4, align 4
  %14 = load i32, i32* %2, align 4
  %15 = icmp slt i32 %13, %14
  br i1 %15, label %16, label %58

16:                                               ; preds = %12
  %17 = load i32, i32* %5, align 4
  %18 = mul nsw i32 %17, 75
  %19 = add nsw i32 %18, 74
  %20 = srem i32 %19, 65537
  store i32 %20, i32* %5, align 4
  %21 = load i32, i32* %5, align 4
  %22 = srem i32 %21, 2000
  %23 = sitofp i32 %22 to double
  %24 = fdiv double %23, 1.000000e+02
  %25 = fsub double %24, 1.000000e+01
  %26 = fptrunc double %25 to float
  %27 = load i32, i32* %4, align 4
  %28 = sext i32 %27 to i64
  %29 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %28
  store float %26, float* %29, align 4
  %30 = load i32, i32* %5, align 4
  %31 = mul nsw i32 %30, 75
  %32 = add nsw i32 %31, 74
  %33 = srem i32 %32, 65537
  store i32 %33, i32* %5, align 4
  %34 = load i32, i32* %5, align 4
  %35 = srem i32 %34, 2000
  %36 = sitofp i32 %35 to double
  %37 = fdiv double %36, 1.000000e+02
  %38 = fsub double %37, 1.000000e+01
  %39 = fptrunc double %38 to float
  %40 = load i32, i32* %4, align 4
  %41 = sext i32 %40 to i64
  %42 = getelementptr inbounds [64 x float], [64 x float]* @py, i64 0, i64 %41
  store float %39, float* %42, align 4
  %43 = load i32, i32* %4, align 4
  %44 = sext i32 %43 to i64
  %45 = getelementptr inbounds [64 x float], [64 x float]* @vx, i64 0, i64 %44
  store float 0.000000e+00, float* %45, align 4
  %46 = load i32, i32* %4, align 4
  %47 = sext i32 %46 to i64
  %48 = getelementptr inbounds [64 x float], [64 x float]* @vy, i64 0, i64 %47
  store float 0.000000e+00, float* %48, align 4
  %49 = load i32, i32* %4, align 4
  %50 = srem i32 %49, 3
  %51 = add nsw i32 1, %50
  %52 = sitofp i32 %51 to float
  %53 = load i32, i32* %4, align 4
  %54 = sext i32 %53 to i64
  %55 = getelementptr inbounds [64 x float], [64 x float]* @mass, i64 0, i64 %54
  store float %52, float* %55, align 4
  %56 = load i32, i32* %4, align 4
  %57 = add nsw i32 %56, 1
  store i32 %57, i32* %4, align 4
  br label %12, !llvm.loop !13

58:                                               ; preds = %12
  %59 = load i32, i32* %2, align 4
  %60 = call float @energy(i32 noundef %59)
  store float %60, float* %6, align 4
  call void @starttime()
  store i32 0, i32* %7, align 4
  br label %61

61:                                               ; preds = %65, %58
  %62 = load i32, i32* %7, align 4
  %63 = load i32, i32* %3, align 4
  %64 = icmp slt i32 %62, %63
  br i1 %64, label %65, label %69

65:                                               ; preds = %61
  %66 = load i32, i32* %2, align 4
  call void @step(i32 noundef %66, float noundef 0x3F847AE140000000)
  %67 = load i32, i32* %7, align 4
  %68 = add nsw i32 %67, 1
  store i32 %68, i32* %7, align 4
  br label %61, !llvm.loop !14

69:                                               ; preds = %61
  call void @stoptime()
  %70 = load i32, i32* %2, align 4
  %71 = call float @energy(i32 noundef %70)
  store float %71, float* %8, align 4
  %72 = load float, float* %6, align 4
  call void @putfloat(float noundef %72)
  call void @putch(i32 noundef 10)
  %73 = load float, float* %8, align 4
  call void @putfloat(float noundef %73)
  call void @putch(i32 noundef 10)
  %74 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @px, i64 0, i64 0), align 16
  call void @putfloat(float noundef %74)
  call void @putch(i32 noundef 32)
  %75 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @py, i64 0, i64 0), align 16
  call void @putfloat(float noundef %75)
  call void @putch(i32 noundef 10)
  %76 = load i32, i32* %2, align 4
  %77 = sub nsw i32 %76, 1
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [64 x float], [64 x float]* @px, i64 0, i64 %78
  %80 = load float, float* %79, align 4
  %81 = load float, float* getelementptr inbounds ([64 x float], [64 x float]* @px, i64 0, i64 0), align 16
  %82 = fsub float %80, %81
  %83 = fmul float %82, 1.000000e+01
  %84 = fptosi float %83 to i32
  store i32 %84, i32* %9, align 4
  %85 = load i32, i32* %9, align 4
  %86 = srem i32 %85, 256
  ret i32 %86
}

declare i32 @getint() #1

declare void @starttime() #1

declare void @stoptime() #1

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
