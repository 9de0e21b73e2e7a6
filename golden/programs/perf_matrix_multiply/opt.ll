; ModuleID = 'perf_matrix_multiply.sy'
source_filename = "perf_matrix_multiply.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@A = dso_local local_unnamed_addr global [120 x [120 x i32]] zeroinitializer, align 16
@B = dso_local local_unnamed_addr global [120 x [120 x i32]] zeroinitializer, align 16
@C = dso_local local_unnamed_addr global [120 x [120 x i32]] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable writeonly
define dso_local void @init(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %29

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %5

5:                                                ; preds = %26, %3
  %6 = phi i64 [ 0, %3 ], [ %27, %26 ]
  %7 = trunc i64 %6 to i32
  %8 = mul nsw i32 %7, 31
  %9 = add nuw i32 %8, 5
  %10 = mul nsw i32 %7, 13
  %11 = add nuw i32 %10, 11
  br label %12

12:                                               ; preds = %5, %12
  %13 = phi i64 [ 0, %5 ], [ %24, %12 ]
  %14 = trunc i64 %13 to i32
  %15 = mul nsw i32 %14, 17
  %16 = add i32 %9, %15
  %17 = urem i32 %16, 97
  %18 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %6, i64 %13
  store i32 %17, i32* %18, align 4, !tbaa !5
  %19 = mul nsw i32 %14, 29
  %20 = add i32 %11, %19
  %21 = urem i32 %20, 89
  %22 = add nsw i32 %21, -44
  %23 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %6, i64 %13
  store i32 %22, i32* %23, align 4, !tbaa !5
  %24 = add nuw nsw i64 %13, 1
  %25 = icmp eq i64 %24, %4
  br i1 %25, label %26, label %12, !llvm.loop !9

26:                                               ; preds = %12
  %27 = add nuw nsw i64 %6, 1
  %28 = icmp eq i64 %27, %4
  br i1 %28, label %29, label %5, !llvm.loop !11

29:                                               ; preds = %26, %1
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @multiply(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %53

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = and i64 %4, 1
  %6 = icmp eq i32 %0, 1
  %7 = and i64 %4, 4294967294
  %8 = icmp eq i64 %5, 0
  br label %9

9:                                                ; preds = %50, %3
  %10 = phi i64 [ 0, %3 ], [ %51, %50 ]
  br label %11

11:                                               ; preds = %44, %9
  %12 = phi i64 [ 0, %9 ], [ %48, %44 ]
  br i1 %6, label %33, label %13

13:                                               ; preds = %11, %13
  %14 = phi i64 [ %30, %13 ], [ 0, %11 ]
  %15 = phi i32 [ %29, %13 ], [ 0, %11 ]
  %16 = phi i64 [ %31, %13 ], [ 0, %11 ]
  %17 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %10, i64 %14
  %18 = load i32, i32* %17, align 8, !tbaa !5
  %19 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %14, i64 %12
  %20 = load i32, i32* %19, align 4, !tbaa !5
  %21 = mul nsw i32 %20, %18
  %22 = add nsw i32 %21, %15
  %23 = or i64 %14, 1
  %24 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %10, i64 %23
  %25 = load i32, i32* %24, align 4, !tbaa !5
  %26 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %23, i64 %12
  %27 = load i32, i32* %26, align 4, !tbaa !5
  %28 = mul nsw i32 %27, %25
  %29 = add nsw i32 %28, %22
  %30 = add nuw nsw i64 %14, 2
  %31 = add i64 %16, 2
  %32 = icmp eq i64 %31, %7
  br i1 %32, label %33, label %13, !llvm.loop !12

33:                                               ; preds = %13, %11
  %34 = phi i32 [ undef, %11 ], [ %29, %13 ]
  %35 = phi i64 [ 0, %11 ], [ %30, %13 ]
  %36 = phi i32 [ 0, %11 ], [ %29, %13 ]
  br i1 %8, label %44, label %37

37:                                               ; preds = %33
  %38 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %10, i64 %35
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %35, i64 %12
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = mul nsw i32 %41, %39
  %43 = add nsw i32 %42, %36
  br label %44

44:                                               ; preds = %33, %37
  %45 = phi i32 [ %34, %33 ], [ %43, %37 ]
  %46 = srem i32 %45, 65521
  %47 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @C, i64 0, i64 %10, i64 %12
  store i32 %46, i32* %47, align 4, !tbaa !5
  %48 = add nuw nsw i64 %12, 1
  %49 = icmp eq i64 %48, %4
  br i1 %49, label %50, label %11, !llvm.loop !13

50:                                               ; preds = %44
  %51 = add nuw nsw i64 %10, 1
  %52 = icmp eq i64 %51, %4
  br i1 %52, label %53, label %9, !llvm.loop !14

53:                                               ; preds = %50, %1
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getint() #4
  %2 = tail call i32 @getint() #4
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %30

4:                                                ; preds = %0
  %5 = zext i32 %1 to i64
  br label %6

6:                                                ; preds = %27, %4
  %7 = phi i64 [ 0, %4 ], [ %28, %27 ]
  %8 = trunc i64 %7 to i32
  %9 = mul nsw i32 %8, 31
  %10 = add nuw i32 %9, 5
  %11 = mul nsw i32 %8, 13
  %12 = add nuw i32 %11, 11
  br label %13

13:                                               ; preds = %13, %6
  %14 = phi i64 [ 0, %6 ], [ %25, %13 ]
  %15 = trunc i64 %14 to i32
  %16 = mul nsw i32 %15, 17
  %17 = add i32 %10, %16
  %18 = urem i32 %17, 97
  %19 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %7, i64 %14
  store i32 %18, i32* %19, align 4, !tbaa !5
  %20 = mul nsw i32 %15, 29
  %21 = add i32 %12, %20
  %22 = urem i32 %21, 89
  %23 = add nsw i32 %22, -44
  %24 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %7, i64 %14
  store i32 %23, i32* %24, align 4, !tbaa !5
  %25 = add nuw nsw i64 %14, 1
  %26 = icmp eq i64 %25, %5
  br i1 %26, label %27, label %13, !llvm.loop !9

27:                                               ; preds = %13
  %28 = add nuw nsw i64 %7, 1
  %29 = icmp eq i64 %28, %5
  br i1 %29, label %30, label %6, !llvm.loop !11

30:                                               ; preds = %27, %0
  tail call void @starttime() #4
  %31 = icmp sgt i32 %2, 0
  br i1 %31, label %32, label %101

32:                                               ; preds = %30
  %33 = zext i32 %1 to i64
  %34 = zext i32 %2 to i64
  %35 = and i64 %33, 1
  %36 = icmp eq i32 %1, 1
  %37 = and i64 %33, 4294967294
  %38 = icmp eq i64 %35, 0
  br label %39

39:                                               ; preds = %32, %98
  %40 = phi i64 [ 0, %32 ], [ %99, %98 ]
  br i1 %3, label %41, label %98

41:                                               ; preds = %39, %82
  %42 = phi i64 [ %83, %82 ], [ 0, %39 ]
  br label %43

43:                                               ; preds = %76, %41
  %44 = phi i64 [ 0, %41 ], [ %80, %76 ]
  br i1 %36, label %65, label %45

45:                                               ; preds = %43, %45
  %46 = phi i64 [ %62, %45 ], [ 0, %43 ]
  %47 = phi i32 [ %61, %45 ], [ 0, %43 ]
  %48 = phi i64 [ %63, %45 ], [ 0, %43 ]
  %49 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %42, i64 %46
  %50 = load i32, i32* %49, align 8, !tbaa !5
  %51 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %46, i64 %44
  %52 = load i32, i32* %51, align 4, !tbaa !5
  %53 = mul nsw i32 %52, %50
  %54 = add nsw i32 %53, %47
  %55 = or i64 %46, 1
  %56 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %42, i64 %55
  %57 = load i32, i32* %56, align 4, !tbaa !5
  %58 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %55, i64 %44
  %59 = load i32, i32* %58, align 4, !tbaa !5
  %60 = mul nsw i32 %59, %57
  %61 = add nsw i32 %60, %54
  %62 = add nuw nsw i64 %46, 2
  %63 = add i64 %48, 2
  %64 = icmp eq i64 %63, %37
  br i1 %64, label %65, label %45, !llvm.loop !12

65:                                               ; preds = %45, %43
  %66 = phi i32 [ undef, %43 ], [ %61, %45 ]
  %67 = phi i64 [ 0, %43 ], [ %62, %45 ]
  %68 = phi i32 [ 0, %43 ], [ %61, %45 ]
  br i1 %38, label %76, label %69

69:                                               ; preds = %65
  %70 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %42, i64 %67
  %71 = load i32, i32* %70, align 4, !tbaa !5
  %72 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @B, i64 0, i64 %67, i64 %44
  %73 = load i32, i32* %72, align 4, !tbaa !5
  %74 = mul nsw i32 %73, %71
  %75 = add nsw i32 %74, %68
  br label %76

76:                                               ; preds = %65, %69
  %77 = phi i32 [ %66, %65 ], [ %75, %69 ]
  %78 = srem i32 %77, 65521
  %79 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @C, i64 0, i64 %42, i64 %44
  store i32 %78, i32* %79, align 4, !tbaa !5
  %80 = add nuw nsw i64 %44, 1
  %81 = icmp eq i64 %80, %33
  br i1 %81, label %82, label %43, !llvm.loop !13

82:                                               ; preds = %76
  %83 = add nuw nsw i64 %42, 1
  %84 = icmp eq i64 %83, %33
  br i1 %84, label %85, label %41, !llvm.loop !14

85:                                               ; preds = %82
  br i1 %3, label %86, label %98

86:                                               ; preds = %85, %86
  %87 = phi i64 [ %96, %86 ], [ 0, %85 ]
  %88 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @C, i64 0, i64 %87, i64 %87
  %89 = load i32, i32* %88, align 4, !tbaa !5
  %90 = srem i32 %89, 97
  %91 = add nuw nsw i64 %87, %40
  %92 = trunc i64 %91 to i32
  %93 = srem i32 %92, %1
  %94 = zext i32 %93 to i64
  %95 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @A, i64 0, i64 %87, i64 %94
  store i32 %90, i32* %95, align 4, !tbaa !5
  %96 = add nuw nsw i64 %87, 1
  %97 = icmp eq i64 %96, %33
  br i1 %97, label %98, label %86, !llvm.loop !15

98:                                               ; preds = %86, %39, %85
  %99 = add nuw nsw i64 %40, 1
  %100 = icmp eq i64 %99, %34
  br i1 %100, label %101, label %39, !llvm.loop !16

101:                                              ; preds = %98, %30
  tail call void @stoptime() #4
  br i1 %3, label %102, label %143

102:                                              ; preds = %101
  %103 = zext i32 %1 to i64
  %104 = and i64 %103, 1
  %105 = icmp eq i32 %1, 1
  %106 = and i64 %103, 4294967294
  %107 = icmp eq i64 %104, 0
  br label %108

108:                                              ; preds = %139, %102
  %109 = phi i64 [ 0, %102 ], [ %141, %139 ]
  %110 = phi i32 [ 0, %102 ], [ %140, %139 ]
  br i1 %105, label %129, label %111

111:                                              ; preds = %108, %111
  %112 = phi i64 [ %126, %111 ], [ 0, %108 ]
  %113 = phi i32 [ %125, %111 ], [ %110, %108 ]
  %114 = phi i64 [ %127, %111 ], [ 0, %108 ]
  %115 = mul nsw i32 %113, 7
  %116 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @C, i64 0, i64 %109, i64 %112
  %117 = load i32, i32* %116, align 8, !tbaa !5
  %118 = add nsw i32 %117, %115
  %119 = srem i32 %118, 1000003
  %120 = or i64 %112, 1
  %121 = mul nsw i32 %119, 7
  %122 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @C, i64 0, i64 %109, i64 %120
  %123 = load i32, i32* %122, align 4, !tbaa !5
  %124 = add nsw i32 %123, %121
  %125 = srem i32 %124, 1000003
  %126 = add nuw nsw i64 %112, 2
  %127 = add i64 %114, 2
  %128 = icmp eq i64 %127, %106
  br i1 %128, label %129, label %111, !llvm.loop !17

129:                                              ; preds = %111, %108
  %130 = phi i32 [ undef, %108 ], [ %125, %111 ]
  %131 = phi i64 [ 0, %108 ], [ %126, %111 ]
  %132 = phi i32 [ %110, %108 ], [ %125, %111 ]
  br i1 %107, label %139, label %133

133:                                              ; preds = %129
  %134 = mul nsw i32 %132, 7
  %135 = getelementptr inbounds [120 x [120 x i32]], [120 x [120 x i32]]* @C, i64 0, i64 %109, i64 %131
  %136 = load i32, i32* %135, align 4, !tbaa !5
  %137 = add nsw i32 %136, %134
  %138 = srem i32 %137, 1000003
  br label %139

139:                                              ; preds = %129, %133
  %140 = phi i32 [ %130, %129 ], [ %138, %133 ]
  %141 = add nuw nsw i64 %109, 1
  %142 = icmp eq i64 %141, %103
  br i1 %142, label %143, label %108, !llvm.loop !18

143:                                              ; preds = %139, %101
  %144 = phi i32 [ 0, %101 ], [ %140, %139 ]
  tail call void @putint(i32 noundef %144) #4
  tail call void @putch(i32 noundef 10) #4
  %145 = srem i32 %144, 256
  ret i32 %145
}

declare i32 @getint() local_unnamed_addr #3

declare void @starttime() local_unnamed_addr #3

declare void @stoptime() local_unnamed_addr #3

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind uwtable writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !10}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
