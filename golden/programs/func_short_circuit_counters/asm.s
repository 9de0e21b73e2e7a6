	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_short_circuit_counters.sy"
	.globl	probe                           # -- Begin function probe
	.p2align	1
	.type	probe,@function
probe:                                  # @probe
# %bb.0:
	slli	a0, a0, 2
.LBB0_1:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(calls)
	addi	a2, a2, %pcrel_lo(.LBB0_1)
	add	a2, a2, a0
	lw	a3, 0(a2)
	mv	a0, a1
	addiw	a1, a3, 1
	sw	a1, 0(a2)
	ret
.Lfunc_end0:
	.size	probe, .Lfunc_end0-probe
                                        # -- End function
	.globl	spend                           # -- Begin function spend
	.p2align	1
	.type	spend,@function
spend:                                  # @spend
# %bb.0:
.LBB1_3:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(budget)
	addi	a1, a1, %pcrel_lo(.LBB1_3)
	lw	a2, 0(a1)
	bge	a2, a0, .LBB1_2
# %bb.1:
	li	a0, 0
	ret
.LBB1_2:
	subw	a0, a2, a0
	sw	a0, 0(a1)
	li	a0, 1
	ret
.Lfunc_end1:
	.size	spend, .Lfunc_end1-spend
                                        # -- End function
	.globl	nonzero_at                      # -- Begin function nonzero_at
	.p2align	1
	.type	nonzero_at,@function
nonzero_at:                             # @nonzero_at
# %bb.0:
.LBB2_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(calls)
	addi	a1, a1, %pcrel_lo(.LBB2_1)
	slli	a0, a0, 2
.LBB2_2:                                # Label of block must be emitted
	auipc	a2, %pcrel_hi(data)
	addi	a2, a2, %pcrel_lo(.LBB2_2)
	add	a0, a0, a2
	lw	a2, 28(a1)
	lw	a0, 0(a0)
	addiw	a2, a2, 1
	sw	a2, 28(a1)
	ret
.Lfunc_end2:
	.size	nonzero_at, .Lfunc_end2-nonzero_at
                                        # -- End function
	.globl	bump                            # -- Begin function bump
	.p2align	1
	.type	bump,@function
bump:                                   # @bump
# %bb.0:
.LBB3_1:                                # Label of block must be emitted
	auipc	a1, %pcrel_hi(zeros)
	addi	a1, a1, %pcrel_lo(.LBB3_1)
	lw	a0, 0(a1)
	addiw	a0, a0, 1
	sw	a0, 0(a1)
	ret
.Lfunc_end3:
	.size	bump, .Lfunc_end3-bump
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
.LBB4_41:                               # Label of block must be emitted
	auipc	s0, %pcrel_hi(calls)
	addi	s0, s0, %pcrel_lo(.LBB4_41)
	lw	a0, 4(s0)
	lw	a1, 8(s0)
	lw	a2, 12(s0)
	lw	a3, 16(s0)
	lw	a4, 0(s0)
	addiw	a0, a0, 2
	sw	a0, 4(s0)
	addiw	a0, a3, 3
	addiw	a3, a4, 4
	sw	a3, 0(s0)
	addiw	a2, a2, 4
	sw	a2, 12(s0)
	sw	a0, 16(s0)
	addiw	a0, a1, 8
	sw	a0, 8(s0)
	li	a0, 8
	mv	a1, s0
	call	putarray@plt
	li	a0, 34
	call	putint@plt
	li	a0, 10
	call	putch@plt
.LBB4_42:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(budget)
	addi	a0, a0, %pcrel_lo(.LBB4_42)
	lw	a2, 0(a0)
	lw	a1, 20(s0)
	li	s1, 0
	li	a3, 2
	li	a4, 1
.LBB4_1:                                # =>This Inner Loop Header: Depth=1
	bge	a2, a3, .LBB4_4
# %bb.2:                                #   in Loop: Header=BB4_1 Depth=1
	bne	a2, a4, .LBB4_7
# %bb.3:                                #   in Loop: Header=BB4_1 Depth=1
	li	a2, 0
	sw	zero, 0(a0)
	addiw	a1, a1, 1
	sw	a1, 20(s0)
	addiw	s1, s1, 1
	j	.LBB4_1
.LBB4_4:                                #   in Loop: Header=BB4_1 Depth=1
	addiw	a5, a2, -2
	sw	a5, 0(a0)
	beq	a2, a3, .LBB4_6
# %bb.5:                                #   in Loop: Header=BB4_1 Depth=1
	addiw	a2, a2, -3
	sw	a2, 0(a0)
	addiw	s1, s1, 1
	j	.LBB4_1
.LBB4_6:
	li	a2, 0
.LBB4_7:
.LBB4_43:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str)
	addi	a0, a0, %pcrel_lo(.LBB4_43)
	mv	a1, s1
	call	putf@plt
.LBB4_44:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(data)
	addi	a0, a0, %pcrel_lo(.LBB4_44)
	lw	a5, 0(a0)
	lw	a4, 28(s0)
	beqz	a5, .LBB4_14
# %bb.8:
	lw	a1, 4(a0)
	beqz	a1, .LBB4_19
# %bb.9:
	lw	a2, 8(a0)
	addw	a1, a1, a5
	beqz	a2, .LBB4_23
# %bb.10:
	lw	a3, 12(a0)
	addw	a1, a1, a2
	beqz	a3, .LBB4_24
# %bb.11:
	lw	a2, 16(a0)
	addw	a1, a1, a3
	beqz	a2, .LBB4_25
# %bb.12:
	lw	a3, 20(a0)
	addw	a1, a1, a2
	addiw	a4, a4, 6
	beqz	a3, .LBB4_26
# %bb.13:
	addw	a1, a1, a3
	li	a2, 6
	j	.LBB4_27
.LBB4_14:
	lw	a6, 4(a0)
.LBB4_45:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(zeros)
	addi	a1, a1, %pcrel_lo(.LBB4_45)
	lw	a3, 0(a1)
	li	a2, 0
	li	a1, 0
	addiw	a4, a4, 1
	beqz	a6, .LBB4_20
# %bb.15:
	lw	a5, 8(a0)
	beqz	a5, .LBB4_28
.LBB4_16:
	lw	a5, 12(a0)
	beqz	a5, .LBB4_31
.LBB4_17:
	lw	a5, 16(a0)
	beqz	a5, .LBB4_34
.LBB4_18:
	lw	a0, 20(a0)
	bnez	a0, .LBB4_40
	j	.LBB4_37
.LBB4_19:
.LBB4_46:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(zeros)
	addi	a1, a1, %pcrel_lo(.LBB4_46)
	lw	a3, 0(a1)
	addiw	a4, a4, 2
	sw	a4, 28(s0)
	li	a2, 1
.LBB4_20:
	li	a1, 99
	blt	a3, a1, .LBB4_22
# %bb.21:
	li	a3, 99
.LBB4_22:
	addiw	a3, a3, 1
.LBB4_47:                               # Label of block must be emitted
	auipc	a1, %pcrel_hi(zeros)
	addi	a1, a1, %pcrel_lo(.LBB4_47)
	sw	a3, 0(a1)
	mv	a1, a5
	lw	a5, 8(a0)
	bnez	a5, .LBB4_16
	j	.LBB4_28
.LBB4_23:
	addiw	a4, a4, 3
	li	a2, 2
	j	.LBB4_27
.LBB4_24:
	addiw	a4, a4, 4
	li	a2, 3
	j	.LBB4_27
.LBB4_25:
	addiw	a4, a4, 5
	li	a2, 4
	j	.LBB4_27
.LBB4_26:
	li	a2, 5
.LBB4_27:
.LBB4_48:                               # Label of block must be emitted
	auipc	a3, %pcrel_hi(zeros)
	addi	a3, a3, %pcrel_lo(.LBB4_48)
	lw	a3, 0(a3)
	lw	a5, 8(a0)
	bnez	a5, .LBB4_16
.LBB4_28:
	li	a5, 99
	blt	a3, a5, .LBB4_30
# %bb.29:
	li	a3, 99
.LBB4_30:
	addiw	a3, a3, 1
.LBB4_49:                               # Label of block must be emitted
	auipc	a5, %pcrel_hi(zeros)
	addi	a5, a5, %pcrel_lo(.LBB4_49)
	sw	a3, 0(a5)
	lw	a5, 12(a0)
	bnez	a5, .LBB4_17
.LBB4_31:
	li	a5, 99
	blt	a3, a5, .LBB4_33
# %bb.32:
	li	a3, 99
.LBB4_33:
	addiw	a3, a3, 1
.LBB4_50:                               # Label of block must be emitted
	auipc	a5, %pcrel_hi(zeros)
	addi	a5, a5, %pcrel_lo(.LBB4_50)
	sw	a3, 0(a5)
	lw	a5, 16(a0)
	bnez	a5, .LBB4_18
.LBB4_34:
	li	a5, 99
	blt	a3, a5, .LBB4_36
# %bb.35:
	li	a3, 99
.LBB4_36:
	addiw	a3, a3, 1
.LBB4_51:                               # Label of block must be emitted
	auipc	a5, %pcrel_hi(zeros)
	addi	a5, a5, %pcrel_lo(.LBB4_51)
	sw	a3, 0(a5)
	lw	a0, 20(a0)
	bnez	a0, .LBB4_40
.LBB4_37:
	li	a0, 99
	blt	a3, a0, .LBB4_39
# %bb.38:
	li	a3, 99
.LBB4_39:
	addiw	a3, a3, 1
.LBB4_52:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(zeros)
	addi	a0, a0, %pcrel_lo(.LBB4_52)
	sw	a3, 0(a0)
.LBB4_40:
	lw	a0, 24(s0)
	addiw	a4, a4, 5
	sw	a4, 28(s0)
	addiw	a0, a0, 1
	sw	a0, 24(s0)
.LBB4_53:                               # Label of block must be emitted
	auipc	a0, %pcrel_hi(.L.str.1)
	addi	a0, a0, %pcrel_lo(.LBB4_53)
	li	a4, 7
	call	putf@plt
	li	a0, 8
	mv	a1, s0
	call	putarray@plt
	slliw	a0, s1, 1
	addw	a0, a0, s1
	addiw	a0, a0, 41
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end4:
	.size	main, .Lfunc_end4-main
                                        # -- End function
	.type	budget,@object                  # @budget
	.section	.sdata,"aw",@progbits
	.globl	budget
	.p2align	2
budget:
	.word	7                               # 0x7
	.size	budget, 4

	.type	zeros,@object                   # @zeros
	.section	.sbss,"aw",@nobits
	.globl	zeros
	.p2align	2
zeros:
	.word	0                               # 0x0
	.size	zeros, 4

	.type	data,@object                    # @data
	.data
	.globl	data
	.p2align	2
data:
	.word	4                               # 0x4
	.word	0                               # 0x0
	.word	7                               # 0x7
	.word	0                               # 0x0
	.word	0                               # 0x0
	.word	9                               # 0x9
	.size	data, 24

	.type	calls,@object                   # @calls
	.bss
	.globl	calls
	.p2align	2
calls:
	.zero	32
	.size	calls, 32

	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"bought=%d left=%d\n"
	.size	.L.str, 19

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"run=%d i=%d zeros=%d guard=%d\n"
	.size	.L.str.1, 31

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
