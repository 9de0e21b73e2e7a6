; ModuleID = 'perf_mandelbrot_float.sy'
source_filename = "perf_mandelbrot_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@four = dso_local global float 4.000000e+00, align 4
@__const.main.shades = private unnamed_addr constant [10 x i32] [i32 32, i32 46, i32 58, i32 45, i32 61, i32 43, i32 42, i32 35, i32 37, i32 64], align 16
@.str = private unnamed_addr constant [20 x i8] c"inside=%d total=%d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @mul_re(float noundef %0, float noundef %1, float noundef %2, float noundef %3) #0 {
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  store float %0, float* %5, align 4
  store float %1, float* %6, align 4
  store float %2, float* %7, align 4
  store float %3, float* %8, align 4
  %9 = load float, float* %5, align 4
  %10 = load float, float* %7, align 4
  %11 = fmul float %9, %10
  %12 = load float, float* %6, align 4
  %13 = load float, float* %8, align 4
  %14 = fmul float %12, %13
  %15 = fsub float %11, %14
  ret float %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @mul_im(float noundef %0, float noundef %1, float noundef %2, float noundef %3) #0 {
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  store float %0, float* %5, align 4
  store float %1, float* %6, align 4
  store float %2, float* %7, align 4
  store float %3, float* %8, align 4
  %9 = load float, float* %5, align 4
  %10 = load float, float* %8, align 4
  %11 = fmul float %9, %10
  %12 = load float, float* %6, align 4
  %13 = load float, float* %7, align 4
  %14 = fmul float %12, %13
  %15 = fadd float %11, %14
  ret float %15
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @norm2(float noundef %0, float noundef %1) #0 {
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  store float %0, float* %3, align 4
  store float %1, float* %4, align 4
  %5 = load float, float* %3, align 4
  %6 = load float, float* %3, align 4
  %7 = fmul float %5, %6
  %8 = load float, float* %4, align 4
  %9 = load float, float* %4, align 4
  %10 = fmul float %8, %9
  %11 = fadd float %7, %10
  ret float %11
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @escape(float noundef %0, float noundef %1, i32 noundef %2) #0 {
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca i32, align 4
  %11 = alloca float, align 4
  %12 = alloca float, align 4
  store float %0, float* %5, align 4
  store float %1, float* %6, align 4
  store i32 %2, i32* %7, align 4
  store float 0.000000e+00, float* %8, align 4
  store float 0.000000e+00, float* %9, align 4
  store i32 0, i32* %10, align 4
  br label %13

13:                                               ; preds = %25, %3
  %14 = load i32, i32* %10, align 4
  %15 = load i32, i32* %7, align 4
  %16 = icmp slt i32 %14, %15
  br i1 %16, label %17, label %44

17:                                               ; preds = %13
  %18 = load float, float* %8, align 4
  %19 = load float, float* %9, align 4
  %20 = call float @norm2(float noundef %18, float noundef %19)
  %21 = load float, float* @four, align 4
  %22 = fcmp ogt float %20, %21
  br i1 %22, label %23, label %25

23:                                               ; preds = %17
  %24 = load i32, i32* %10, align 4
  store i32 %24, i32* %4, align 4
  br label %46

25:                                               ; preds = %17
  %26 = load float, float* %8, align 4
  %27 = load float, float* %9, align 4
  %28 = load float, float* %8, align 4
  %29 = load float, float* %9, align 4
  %30 = call float @mul_re(float noundef %26, float noundef %27, float noundef %28, float noundef %29)
  %31 = load float, float* %5, align 4
  %32 = fadd float %30, %31
  store float %32, float* %11, align 4
  %33 = load float, float* %8, align 4
  %34 = load float, float* %9, align 4
  %35 = load float, float* %8, align 4
  %36 = load float, float* %9, align 4
  %37 = call float @mul_im(float noundef %33, float noundef %34, float noundef %35, float noundef %36)
  %38 = load float, float* %6, align 4
  %39 = fadd float %37, %38
  store float %39, float* %12, align 4
  %40 = load float, float* %11, align 4
  store float %40, float* %8, align 4
  %41 = load float, float* %12, align 4
  store float %41, float* %9, align 4
  %42 = load i32, i32* %10, align 4
  %43 = add nsw i32 %42, 1
  store i32 %43, i32* %10, align 4
  br label %13, !llvm.loop !6

44:                                               ; preds = %13
  %45 = load i32, i32* %7, align 4
  store i32 %45, i32* %4, align 4
  br label %46

46:                                               ; preds = %44, %23
  %47 = load i32, i32* %4, align 4
  ret i32 %47
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  %8 = alloca float, align 4
  %9 = alloca [10 x i32], align 16
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %15 = call i32 @getint()
  store i32 %15, i32* %2, align 4
  %16 = call i32 @getint()
  store i32 %16, i32* %3, align 4
  %17 = call i32 @getint()
  store i32 %17, i32* %4, align 4
  store float -2.250000e+00, float* %5, align 4
  store float -1.250000e+00, float* %6, align 4
  %18 = load i32, i32* %2, align 4
  %19 = sitofp i32 %18 to double
  %20 = fdiv double 3.500000e+00, %19
  %21 = fptrunc double %20 to float
  store float %21, float* %7, align 4
  %22 = load i32, i32* %3, align 4
  %23 = sitofp i32 %22 to double
  %24 = fdiv double 2.500000e+00, %23
  %25 = fptrunc double %24 to float
  store float %25, float* %8, align 4
  %26 = bitcast [10 x i32]* %9 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %26, i8* align 16 bitcast ([10 x i32]* @__const.main.shades to i8*), i64 40, i1 false)
  call void @starttime()
  store i32 0, i32* %10, align 4
  store i32 0, i32* %11, align 4
  store i32 0, i32* %12, align 4
  br label %27

27:                                               ; preds = %88, %0
  %28 = load i32, i32* %12, align 4
  %29 = load i32, i32* %3, align 4
  %30 = icmp slt i32 %28, %29
  br i1 %30, label %31, label %91

31:                                               ; preds = %27
  store i32 0, i32* %13, align 4
  br label %32

32:                                               ; preds = %80, %31
  %33 = load i32, i32* %13, align 4
  %34 = load i32, i32* %2, align 4
  %35 = icmp slt i32 %33, %34
  br i1 %35, label %36, label %83

36:                                               ; preds = %32
  %37 = load float, float* %5, align 4
  %38 = load i32, i32* %13, align 4
  %39 = sitofp i32 %38 to float
  %40 = load float, float* %7, align 4
  %41 = fmul float %39, %40
  %42 = fadd float %37, %41
  %43 = load float, float* %6, align 4
  %44 = load i32, i32* %12, align 4
  %45 = sitofp i32 %44 to float
  %46 = load float, float* %8, align 4
  %47 = fmul float %45, %46
  %48 = fadd float %43, %47
  %49 = load i32, i32* %4, align 4
  %50 = call i32 @escape(float noundef %42, float noundef %48, i32 noundef %49)
  store i32 %50, i32* %14, align 4
  %51 = load i32, i32* %10, align 4
  %52 = load i32, i32* %14, align 4
  %53 = add nsw i32 %51, %52
  store i32 %53, i32* %10, align 4
  %54 = load i32, i32* %14, align 4
  %55 = load i32, i32* %4, align 4
  %56 = icmp eq i32 %54, %55
  br i1 %56, label %57, label %60

57:                                               ; preds = %36
  %58 = load i32, i32* %11, align 4
  %59 = add nsw i32 %58, 1
  store i32 %59, i32* %11, align 4
  br label %60

60:                                               ; preds = %57, %36
  %61 = load i32, i32* %12, align 4
  %62 = srem i32 %61, 4
  %63 = icmp eq i32 %62, 0
  br i1 %63, label %64, label %80

64:                                               ; preds = %60
  %65 = load i32, i32* %13, align 4
  %66 = srem i32 %65, 2
  %67 = icmp eq i32 %66, 0
  br i1 %67, label %68, label %80

68:                                               ; preds = %64
  %69 = load i32, i32* %14, align 4
  %70 = load i32, i32* %4, align 4
  %71 = icmp eq i32 %69, %70
  br i1 %71, label %72, label %73

72:                                               ; preds = %68
  call void @putch(i32 noundef 64)
  br label %79

73:                                               ; preds = %68
  %74 = load i32, i32* %14, align 4
  %75 = srem i32 %74, 9
  %76 = sext i32 %75 to i64
  %77 = getelementptr inbounds [10 x i32], [10 x i32]* %9, i64 0, i64 %76
  %78 = load i32, i32* %77, align 4
  call void @putch(i32 noundef %78)
  br label %79

79:                                               ; preds = %73, %72
  br label %80

80:                                               ; preds = %79, %64, %60
  %81 = load i32, i32* %13, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, i32* %13, align 4
  br label %32, !llvm.loop !8

83:                                               ; preds = %32
  %84 = load i32, i32* %12, align 4
  %85 = srem i32 %84, 4
  %86 = icmp eq i32 %85, 0
  br i1 %86, label %87, label %88

87:                                               ; preds = %83
  call void @putch(i32 noundef 10)
  br label %88

88:                                               ; preds = %87, %83
  %89 = load i32, i32* %12, align 4
  %90 = add nsw i32 %89, 1
  store i32 %90, i32* %12, align 4
  br label %27, !llvm.loop !9

91:                                               ; preds = %27
  call void @stoptime()
  %92 = load i32, i32* %11, align 4
  %93 = load i32, i32* %10, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str, i64 0, i64 0), i32 noundef %92, i32 noundef %93)
  %94 = load i32, i32* %11, align 4
  %95 = srem i32 %94, 256
  ret i32 %95
}

declare i32 @getint() #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

declare void @starttime() #1

declare void @putch(i32 noundef) #1

declare void @stoptime() #1

declare void @putf(i8* noundef, ...) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn }

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
