; ModuleID = 'func_nested_loops_break_continue.sy'
source_filename = "func_nested_loops_break_continue.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@logged = dso_local local_unnamed_addr global i32 0, align 4
@trail = dso_local global [64 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [15 x i8] c"n=%d steps=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn
define dso_local void @note(i32 noundef %0) local_unnamed_addr #0 {
  %2 = load i32, i32* @logged, align 4, !tbaa !5
  %3 = icmp slt i32 %2, 64
  br i1 %3, label %4, label %8

4:                                                ; preds = %1
  %5 = sext i32 %2 to i64
  %6 = getelementptr inbounds [64 x i32], [64 x i32]* @trail, i64 0, i64 %5
  store i32 %0, i32* %6, align 4, !tbaa !5
  %7 = add nsw i32 %2, 1
  store i32 %7, i32* @logged, align 4, !tbaa !5
  br label %8

8:                                                ; preds = %4, %1
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = load i32, i32* @logged, align 4, !tbaa !5
  br label %2

2:                                                ; preds = %26, %0
  %3 = phi i32 [ %1, %0 ], [ %18, %26 ]
  %4 = phi i32 [ %1, %0 ], [ %19, %26 ]
  %5 = phi i32 [ 0, %0 ], [ %12, %26 ]
  %6 = phi i32 [ 0, %0 ], [ %24, %26 ]
  %7 = call i32 @llvm.smax.i32(i32 %5, i32 6)
  br label %8

8:                                                ; preds = %2, %11
  %9 = phi i32 [ %12, %11 ], [ %5, %2 ]
  %10 = icmp eq i32 %9, %7
  br i1 %10, label %56, label %11

11:                                               ; preds = %8
  %12 = add i32 %9, 1
  %13 = srem i32 %12, 3
  %14 = icmp eq i32 %13, 0
  br i1 %14, label %8, label %15, !llvm.loop !9

15:                                               ; preds = %11
  %16 = mul nsw i32 %12, 10
  br label %17

17:                                               ; preds = %51, %15
  %18 = phi i32 [ %55, %51 ], [ %3, %15 ]
  %19 = phi i32 [ %55, %51 ], [ %4, %15 ]
  %20 = phi i32 [ %37, %51 ], [ %6, %15 ]
  %21 = phi i32 [ %28, %51 ], [ 0, %15 ]
  %22 = icmp slt i32 %19, 64
  br label %23

23:                                               ; preds = %17, %50
  %24 = phi i32 [ %37, %50 ], [ %20, %17 ]
  %25 = phi i32 [ %28, %50 ], [ %21, %17 ]
  br label %26

26:                                               ; preds = %23, %30
  %27 = phi i32 [ %28, %30 ], [ %25, %23 ]
  %28 = add nsw i32 %27, 1
  %29 = icmp sgt i32 %27, %9
  br i1 %29, label %2, label %30, !llvm.loop !9

30:                                               ; preds = %26
  %31 = add nsw i32 %28, %12
  %32 = and i32 %31, 1
  %33 = icmp eq i32 %32, 0
  br i1 %33, label %26, label %34

34:                                               ; preds = %30
  %35 = add nsw i32 %27, 2
  br label %36

36:                                               ; preds = %34, %48
  %37 = phi i32 [ %24, %34 ], [ %49, %48 ]
  %38 = phi i32 [ 0, %34 ], [ %44, %48 ]
  %39 = call i32 @llvm.smax.i32(i32 %38, i32 10)
  br label %40

40:                                               ; preds = %36, %43
  %41 = phi i32 [ %44, %43 ], [ %38, %36 ]
  %42 = icmp eq i32 %41, %39
  br i1 %42, label %50, label %43

43:                                               ; preds = %40
  %44 = add i32 %41, 1
  %45 = icmp eq i32 %41, %27
  br i1 %45, label %40, label %46, !llvm.loop !11

46:                                               ; preds = %43
  %47 = icmp slt i32 %41, %35
  br i1 %47, label %48, label %50

48:                                               ; preds = %46
  %49 = add nsw i32 %37, 1
  br label %36, !llvm.loop !11

50:                                               ; preds = %46, %40
  br i1 %22, label %51, label %23

51:                                               ; preds = %50
  %52 = add nsw i32 %28, %16
  %53 = sext i32 %19 to i64
  %54 = getelementptr inbounds [64 x i32], [64 x i32]* @trail, i64 0, i64 %53
  store i32 %52, i32* %54, align 4, !tbaa !5
  %55 = add nsw i32 %19, 1
  store i32 %55, i32* @logged, align 4, !tbaa !5
  br label %17

56:                                               ; preds = %8
  tail call void @putarray(i32 noundef %3, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @trail, i64 0, i64 0)) #4
  tail call void @putint(i32 noundef %6) #4
  tail call void @putch(i32 noundef 10) #4
  br label %57

57:                                               ; preds = %56, %66
  %58 = phi i32 [ 0, %56 ], [ %60, %66 ]
  %59 = phi i32 [ 1, %56 ], [ %67, %66 ]
  %60 = add nuw nsw i32 %58, 1
  %61 = srem i32 %59, 2
  %62 = icmp eq i32 %61, 1
  br i1 %62, label %63, label %69

63:                                               ; preds = %57
  %64 = mul nsw i32 %59, 3
  %65 = add nsw i32 %64, 1
  br label %66

66:                                               ; preds = %63, %76
  %67 = phi i32 [ %65, %63 ], [ %78, %76 ]
  %68 = icmp sgt i32 %67, 99
  br i1 %68, label %79, label %57

69:                                               ; preds = %57, %73
  %70 = phi i32 [ %74, %73 ], [ %59, %57 ]
  %71 = and i32 %70, 3
  %72 = icmp eq i32 %71, 0
  br i1 %72, label %73, label %76

73:                                               ; preds = %69
  %74 = sdiv i32 %70, 2
  %75 = icmp slt i32 %70, 20
  br i1 %75, label %76, label %69, !llvm.loop !12

76:                                               ; preds = %73, %69
  %77 = phi i32 [ %74, %73 ], [ %70, %69 ]
  %78 = add nsw i32 %77, 7
  br label %66

79:                                               ; preds = %66
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str, i64 0, i64 0), i32 noundef %67, i32 noundef %60) #4
  %80 = load i32, i32* @logged, align 4, !tbaa !5
  br label %81

81:                                               ; preds = %79, %121
  %82 = phi i32 [ 1, %79 ], [ %123, %121 ]
  %83 = phi i32 [ %80, %79 ], [ %122, %121 ]
  %84 = mul nuw nsw i32 %82, %82
  %85 = icmp ugt i32 %82, 5
  %86 = icmp eq i32 %82, 20
  br i1 %86, label %121, label %87

87:                                               ; preds = %81, %118
  %88 = phi i32 [ %119, %118 ], [ %82, %81 ]
  %89 = phi i32 [ %114, %118 ], [ %83, %81 ]
  %90 = phi i32 [ %113, %118 ], [ %83, %81 ]
  %91 = mul nsw i32 %88, %88
  %92 = add nuw nsw i32 %91, %84
  br label %93

93:                                               ; preds = %87, %112
  %94 = phi i32 [ %90, %87 ], [ %113, %112 ]
  %95 = phi i32 [ %89, %87 ], [ %114, %112 ]
  %96 = phi i32 [ %88, %87 ], [ %116, %112 ]
  %97 = phi i32 [ %89, %87 ], [ %115, %112 ]
  %98 = mul nsw i32 %96, %96
  %99 = icmp eq i32 %92, %98
  br i1 %99, label %100, label %112

100:                                              ; preds = %93
  br i1 %85, label %101, label %106

101:                                              ; preds = %100
  %102 = mul nuw nsw i32 %82, 10000
  %103 = mul nuw nsw i32 %88, 100
  %104 = add nuw nsw i32 %103, %102
  %105 = add nuw nsw i32 %104, %96
  br label %125

106:                                              ; preds = %100
  %107 = icmp slt i32 %97, 64
  br i1 %107, label %108, label %112

108:                                              ; preds = %106
  %109 = sext i32 %97 to i64
  %110 = getelementptr inbounds [64 x i32], [64 x i32]* @trail, i64 0, i64 %109
  store i32 %96, i32* %110, align 4, !tbaa !5
  %111 = add nsw i32 %97, 1
  store i32 %111, i32* @logged, align 4, !tbaa !5
  br label %112

112:                                              ; preds = %108, %106, %93
  %113 = phi i32 [ %111, %108 ], [ %94, %106 ], [ %94, %93 ]
  %114 = phi i32 [ %111, %108 ], [ %95, %106 ], [ %95, %93 ]
  %115 = phi i32 [ %111, %108 ], [ %97, %106 ], [ %97, %93 ]
  %116 = add nuw nsw i32 %96, 1
  %117 = icmp ult i32 %96, 29
  br i1 %117, label %93, label %118, !llvm.loop !13

118:                                              ; preds = %112
  %119 = add nuw nsw i32 %88, 1
  %120 = icmp eq i32 %119, 20
  br i1 %120, label %121, label %87

121:                                              ; preds = %118, %81
  %122 = phi i32 [ %83, %81 ], [ %113, %118 ]
  %123 = add nuw nsw i32 %82, 1
  %124 = icmp ult i32 %82, 19
  br i1 %124, label %81, label %125, !llvm.loop !14

125:                                              ; preds = %121, %101
  %126 = phi i32 [ %105, %101 ], [ 0, %121 ]
  tail call void @putint(i32 noundef %126) #4
  tail call void @putch(i32 noundef 10) #4
  %127 = load i32, i32* @logged, align 4, !tbaa !5
  tail call void @putarray(i32 noundef %127, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @trail, i64 0, i64 0)) #4
  %128 = add nsw i32 %60, %6
  ret i32 %128
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
