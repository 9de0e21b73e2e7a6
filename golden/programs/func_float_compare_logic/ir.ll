; ModuleID = 'func_float_compare_logic.sy'
source_filename = "func_float_compare_logic.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.xs = private unnamed_addr constant [8 x float] [float -1.500000e+00, float -0.000000e+00, float 0.000000e+00, float 2.500000e-01, float 1.000000e+00, float 0x3FF0000020000000, float 0x3E601B2B20000000, float -7.750000e+00], align 16
@.str = private unnamed_addr constant [10 x i8] c"%d of %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @clamp(float noundef %0, float noundef %1, float noundef %2) #0 {
  %4 = alloca float, align 4
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca float, align 4
  store float %0, float* %5, align 4
  store float %1, float* %6, align 4
  store float %2, float* %7, align 4
  %8 = load float, float* %5, align 4
  %9 = load float, float* %6, align 4
  %10 = fcmp olt float %8, %9
  br i1 %10, label %11, label %13

11:                                               ; preds = %3
  %12 = load float, float* %6, align 4
  store float %12, float* %4, align 4
  br label %21

13:                                               ; preds = %3
  %14 = load float, float* %5, align 4
  %15 = load float, float* %7, align 4
  %16 = fcmp ogt float %14, %15
  br i1 %16, label %17, label %19

17:                                               ; preds = %13
  %18 = load float, float* %7, align 4
  store float %18, float* %4, align 4
  br label %21

19:                                               ; preds = %13
  %20 = load float, float* %5, align 4
  store float %20, float* %4, align 4
  br label %21

21:                                               ; preds = %19, %17, %11
  %22 = load float, float* %4, align 4
  ret float %22
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @sign(float noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  store float %0, float* %3, align 4
  %4 = load float, float* %3, align 4
  %5 = fcmp ogt float %4, 0.000000e+00
  br i1 %5, label %6, label %7

6:                                                ; preds = %1
  store i32 1, i32* %2, align 4
  br label %13

7:                                                ; preds = %1
  %8 = load float, float* %3, align 4
  %9 = fcmp olt float %8, 0.000000e+00
  br i1 %9, label %10, label %11

10:                                               ; preds = %7
  store i32 -1, i32* %2, align 4
  br label %13

11:                                               ; preds = %7
  br label %12

12:                                               ; preds = %11
  store i32 0, i32* %2, align 4
  br label %13

13:                                               ; preds = %12, %10, %6
  %14 = load i32, i32* %2, align 4
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @in_unit_circle(float noundef %0, float noundef %1) #0 {
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
  %12 = fpext float %11 to double
  %13 = fcmp ole double %12, 1.000000e+00
  %14 = zext i1 %13 to i32
  ret i32 %14
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca [8 x float], align 16
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca float, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca float, align 4
  store i32 0, i32* %1, align 4
  %12 = bitcast [8 x float]* %2 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 16 %12, i8* align 16 bitcast ([8 x float]* @__const.main.xs to i8*), i64 32, i1 false)
  store i32 0, i32* %3, align 4
  store i32 0, i32* %4, align 4
  br label %13

13:                                               ; preds = %53, %0
  %14 = load i32, i32* %3, align 4
  %15 = icmp slt i32 %14, 8
  br i1 %15, label %16, label %64

16:                                               ; preds = %13
  %17 = load i32, i32* %3, align 4
  %18 = sext i32 %17 to i64
  %19 = getelementptr inbounds [8 x float], [8 x float]* %2, i64 0, i64 %18
  %20 = load float, float* %19, align 4
  store float %20, float* %5, align 4
  %21 = load float, float* %5, align 4
  %22 = call i32 @sign(float noundef %21)
  call void @putint(i32 noundef %22)
  call void @putch(i32 noundef 32)
  %23 = load float, float* %5, align 4
  %24 = call float @clamp(float noundef %23, float noundef -1.000000e+00, float noundef 1.000000e+00)
  call void @putfloat(float noundef %24)
  call void @putch(i32 noundef 32)
  %25 = load float, float* %5, align 4
  %26 = fcmp oeq float %25, 0.000000e+00
  br i1 %26, label %30, label %27

27:                                               ; preds = %16
  %28 = load float, float* %5, align 4
  %29 = fcmp oge float %28, 1.000000e+00
  br label %30

30:                                               ; preds = %27, %16
  %31 = phi i1 [ true, %16 ], [ %29, %27 ]
  %32 = zext i1 %31 to i32
  call void @putint(i32 noundef %32)
  %33 = load float, float* %5, align 4
  %34 = load float, float* %5, align 4
  %35 = fcmp une float %33, %34
  %36 = zext i1 %35 to i32
  call void @putint(i32 noundef %36)
  %37 = load float, float* %5, align 4
  %38 = fcmp une float %37, 0.000000e+00
  %39 = xor i1 %38, true
  %40 = zext i1 %39 to i32
  call void @putint(i32 noundef %40)
  %41 = load float, float* %5, align 4
  %42 = fcmp une float %41, 0.000000e+00
  br i1 %42, label %43, label %44

43:                                               ; preds = %30
  br label %44

44:                                               ; preds = %43, %30
  %45 = phi i1 [ false, %30 ], [ true, %43 ]
  %46 = zext i1 %45 to i32
  call void @putint(i32 noundef %46)
  %47 = load float, float* %5, align 4
  %48 = fpext float %47 to double
  %49 = fcmp ole double %48, 2.500000e-01
  br i1 %49, label %50, label %53

50:                                               ; preds = %44
  %51 = load float, float* %5, align 4
  %52 = fcmp ogt float %51, -2.000000e+00
  br label %53

53:                                               ; preds = %50, %44
  %54 = phi i1 [ false, %44 ], [ %52, %50 ]
  %55 = zext i1 %54 to i32
  call void @putint(i32 noundef %55)
  call void @putch(i32 noundef 10)
  %56 = load i32, i32* %4, align 4
  %57 = mul nsw i32 %56, 2
  %58 = load float, float* %5, align 4
  %59 = fcmp oge float %58, 0.000000e+00
  %60 = zext i1 %59 to i32
  %61 = add nsw i32 %57, %60
  store i32 %61, i32* %4, align 4
  %62 = load i32, i32* %3, align 4
  %63 = add nsw i32 %62, 1
  store i32 %63, i32* %3, align 4
  br label %13, !llvm.loop !6

64:                                               ; preds = %13
  store i32 0, i32* %6, align 4
  store i32 0, i32* %7, align 4
  store float 1.250000e-01, float* %8, align 4
  store float -1.000000e+00, float* %9, align 4
  br label %65

65:                                               ; preds = %86, %64
  %66 = load float, float* %9, align 4
  %67 = fcmp ole float %66, 1.000000e+00
  br i1 %67, label %68, label %90

68:                                               ; preds = %65
  store float -1.000000e+00, float* %10, align 4
  br label %69

69:                                               ; preds = %80, %68
  %70 = load float, float* %10, align 4
  %71 = fcmp ole float %70, 1.000000e+00
  br i1 %71, label %72, label %86

72:                                               ; preds = %69
  %73 = load float, float* %10, align 4
  %74 = load float, float* %9, align 4
  %75 = call i32 @in_unit_circle(float noundef %73, float noundef %74)
  %76 = icmp ne i32 %75, 0
  br i1 %76, label %77, label %80

77:                                               ; preds = %72
  %78 = load i32, i32* %6, align 4
  %79 = add nsw i32 %78, 1
  store i32 %79, i32* %6, align 4
  br label %80

80:                                               ; preds = %77, %72
  %81 = load i32, i32* %7, align 4
  %82 = add nsw i32 %81, 1
  store i32 %82, i32* %7, align 4
  %83 = load float, float* %10, align 4
  %84 = load float, float* %8, align 4
  %85 = fadd float %83, %84
  store float %85, float* %10, align 4
  br label %69, !llvm.loop !8

86:                                               ; preds = %69
  %87 = load float, float* %9, align 4
  %88 = load float, float* %8, align 4
  %89 = fadd float %87, %88
  store float %89, float* %9, align 4
  br label %65, !llvm.loop !9

90:                                               ; preds = %65
  %91 = load i32, i32* %6, align 4
  %92 = load i32, i32* %7, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i32 noundef %91, i32 noundef %92)
  %93 = load i32, i32* %6, align 4
  %94 = sitofp i32 %93 to double
  %95 = fmul double 4.000000e+00, %94
  %96 = load i32, i32* %7, align 4
  %97 = sitofp i32 %96 to double
  %98 = fdiv double %95, %97
  %99 = fptrunc double %98 to float
  store float %99, float* %11, align 4
  %100 = load float, float* %11, align 4
  call void @putfloat(float noundef %100)
  call void @putch(i32 noundef 10)
  %101 = load float, float* %11, align 4
  %102 = fpext float %101 to double
  %103 = fcmp ogt double %102, 2.900000e+00
  br i1 %103, label %104, label %111

104:                                              ; preds = %90
  %105 = load float, float* %11, align 4
  %106 = fpext float %105 to double
  %107 = fcmp olt double %106, 3.300000e+00
  br i1 %107, label %108, label %111

108:                                              ; preds = %104
  %109 = load i32, i32* %4, align 4
  %110 = add nsw i32 %109, 1000
  store i32 %110, i32* %4, align 4
  br label %111

111:                                              ; preds = %108, %104, %90
  %112 = load i32, i32* %4, align 4
  %113 = srem i32 %112, 256
  ret i32 %113
}

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #1

declare void @putint(i32 noundef) #2

declare void @putch(i32 noundef) #2

declare void @putfloat(float noundef) #2

declare void @putf(i8* noundef, ...) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { argmemonly nofree nounwind willreturn }
attributes #2 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

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
